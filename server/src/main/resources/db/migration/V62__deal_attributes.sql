-- Deal attributes the ledger carries for compensation and SPIFFs: the new-logo flag and revenue splits.
-- Portable SQL for PostgreSQL and H2 (MODE=PostgreSQL).

-- Null on everything but DEAL_WON (and on deals ingested before this column existed): not a new logo.
ALTER TABLE activity ADD COLUMN new_logo BOOLEAN;
-- Canonical split text, users ascending: '12:60,15:40' (user id, percent points). Null means the owner
-- is credited in full. A correction copies its original's, so a reversal claws back every share.
ALTER TABLE activity ADD COLUMN splits VARCHAR(1000);
