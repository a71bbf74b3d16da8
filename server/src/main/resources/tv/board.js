// The TV board: reads the screen token from the URL fragment, follows the contest's event stream,
// and redraws the board on every snapshot/standings event. No framework, no build step. Data is only
// ever written with textContent, never as HTML.
(function () {
  'use strict';

  var match = window.location.pathname.match(/\/tv\/contests\/(\d+)/);
  var contestId = match ? match[1] : null;
  var token = readToken();
  var board = null;
  var skewMs = 0;
  var source = null;
  var retryMs = 3000;

  function $(id) { return document.getElementById(id); }

  // The fragment never reaches a server or a log; a token given as ?token= is moved there.
  function readToken() {
    var fromHash = new URLSearchParams(window.location.hash.replace(/^#/, '')).get('token');
    if (fromHash) { return fromHash; }
    var query = new URLSearchParams(window.location.search);
    var fromQuery = query.get('token');
    if (fromQuery && window.history && window.history.replaceState) {
      query.delete('token');
      var rest = query.toString();
      window.history.replaceState(null, '', window.location.pathname + (rest ? '?' + rest : '')
          + '#token=' + encodeURIComponent(fromQuery));
    }
    return fromQuery;
  }

  function connect() {
    if (!contestId || !token) {
      linkState('No screen token in the address: ask a manager for this screen\'s link.', true);
      return;
    }
    var url = '/v1/contests/' + contestId + '/stream?top=10&token=' + encodeURIComponent(token);
    source = new EventSource(url);
    source.addEventListener('open', function () { retryMs = 3000; linkState('Live', false); });
    source.addEventListener('snapshot', onBoard);
    source.addEventListener('standings', onBoard);
    source.addEventListener('error', function () {
      // EventSource retries a dropped stream by itself; a refused one (expired token, server down
      // during a deploy) closes for good, so start over with a growing pause.
      if (source.readyState === EventSource.CLOSED) {
        source.close();
        linkState('Connection lost — retrying in ' + Math.round(retryMs / 1000) + ' s', true);
        window.setTimeout(connect, retryMs);
        retryMs = Math.min(retryMs * 2, 60000);
      } else {
        linkState('Reconnecting…', true);
      }
    });
  }

  function linkState(text, down) {
    var el = $('link');
    el.textContent = text;
    el.className = down ? 'link down' : 'link';
  }

  function onBoard(event) {
    var next;
    try { next = JSON.parse(event.data); } catch (e) { return; }
    skewMs = Date.parse(next.generatedAt) - Date.now();
    board = next;
    render();
  }

  function render() {
    document.title = board.name + ' — Pacesetter';
    $('name').textContent = board.name;
    var badge = $('status');
    badge.textContent = board.status;
    badge.className = board.status === 'LIVE' ? 'badge live' : 'badge';
    var standings = board.standings || {};
    var entries = standings.entries || [];
    drawRows($('rows'), entries);
    $('empty').hidden = entries.length > 0;
    var teams = standings.teams || [];
    $('teams').hidden = teams.length === 0;
    drawRows($('team-rows'), teams.slice(0, 10));
    $('updated').textContent = 'Updated ' + new Date().toLocaleTimeString();
    tick();
  }

  // Rows are keyed by entrant, so a rank change moves the row: measure, reorder, then slide each row
  // from where it was to where it is now (the FLIP technique).
  function drawRows(list, entries) {
    var before = {};
    var oldRank = {};
    Array.prototype.forEach.call(list.children, function (li) {
      before[li.dataset.id] = li.getBoundingClientRect().top;
      oldRank[li.dataset.id] = Number(li.dataset.rank);
    });
    var keep = {};
    entries.forEach(function (entry, index) {
      var id = String(entry.entrantId);
      keep[id] = true;
      var li = list.querySelector('li[data-id="' + id + '"]') || newRow(id);
      li.dataset.rank = String(entry.rank);
      li.querySelector('.rank').textContent = String(entry.rank) + (entry.tied ? '=' : '');
      li.querySelector('.name').textContent = entry.displayName;
      li.querySelector('.score').textContent = formatScore(entry.score);
      li.classList.toggle('first', entry.rank === 1);
      li.classList.toggle('second', entry.rank === 2);
      li.classList.toggle('third', entry.rank === 3);
      var was = oldRank[id];
      var climbed = was !== undefined && entry.rank < was;
      li.querySelector('.move').textContent = climbed ? '▲' : '';
      if (climbed) {
        li.classList.add('up');
        window.setTimeout(function () { li.classList.remove('up'); }, 2500);
      }
      if (list.children[index] !== li) {
        list.insertBefore(li, list.children[index] || null);
      }
    });
    Array.prototype.slice.call(list.children).forEach(function (li) {
      if (!keep[li.dataset.id]) { list.removeChild(li); }
    });
    Array.prototype.forEach.call(list.children, function (li) {
      var from = before[li.dataset.id];
      if (from === undefined) { return; }
      var dy = from - li.getBoundingClientRect().top;
      if (dy === 0) { return; }
      li.style.transition = 'none';
      li.style.transform = 'translateY(' + dy + 'px)';
      void li.offsetHeight;
      li.style.transition = 'transform 700ms ease-out, background-color 1.2s ease';
      li.style.transform = '';
    });
  }

  function newRow(id) {
    var li = document.createElement('li');
    li.className = 'row';
    li.dataset.id = id;
    ['rank', 'name', 'score', 'move'].forEach(function (part) {
      var span = document.createElement('span');
      span.className = part;
      li.appendChild(span);
    });
    return li;
  }

  // "1234567.50" -> "1,234,567.50": grouped by hand so a decimal string never goes through a float.
  function formatScore(score) {
    if (score === null || score === undefined) { return ''; }
    var parts = String(score).split('.');
    var sign = parts[0].charAt(0) === '-' ? '-' : '';
    var whole = parts[0].replace('-', '').replace(/\B(?=(\d{3})+(?!\d))/g, ',');
    return sign + whole + (parts.length > 1 ? '.' + parts[1] : '');
  }

  function tick() {
    if (!board) { return; }
    var now = Date.now() + skewMs;
    var label = $('clock-label');
    var clock = $('clock');
    var starts = Date.parse(board.startsAt);
    var ends = Date.parse(board.endsAt);
    if (board.status === 'FINALISED' || board.status === 'CANCELLED') {
      label.textContent = board.status === 'FINALISED' ? 'Final' : 'Cancelled';
      clock.textContent = '—';
    } else if (now < starts) {
      label.textContent = 'Starts in';
      clock.textContent = duration(starts - now);
    } else if (now < ends) {
      label.textContent = 'Time left';
      clock.textContent = duration(ends - now);
    } else {
      label.textContent = 'Ended';
      clock.textContent = '00:00:00';
    }
  }

  function duration(ms) {
    var s = Math.max(0, Math.floor(ms / 1000));
    var days = Math.floor(s / 86400);
    s -= days * 86400;
    var hh = Math.floor(s / 3600);
    var mm = Math.floor((s % 3600) / 60);
    var ss = s % 60;
    var text = pad(hh) + ':' + pad(mm) + ':' + pad(ss);
    return days > 0 ? days + 'd ' + text : text;
  }

  function pad(n) { return n < 10 ? '0' + n : String(n); }

  window.setInterval(tick, 1000);
  connect();
}());
