package dev.pacesetter.platform;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.OffsetDateTime;

/** The stored response to a creating request sent with an Idempotency-Key. */
@Entity
@Table(name = "idempotency_record")
public class IdempotencyRecord {

    @EmbeddedId
    Key id;

    @Column(name = "request_hash", nullable = false)
    String requestHash;

    @Column(nullable = false)
    int status;

    String location;

    @Column(nullable = false)
    String body;

    @Column(name = "created_at", nullable = false)
    OffsetDateTime createdAt;

    /** Organisation, principal and the client's key. */
    @Embeddable
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;

        @Column(name = "org_id")
        long orgId;

        @Column(name = "principal_id")
        long principalId;

        @Column(name = "idem_key")
        String key;

        public Key() {
        }

        Key(long orgId, long principalId, String key) {
            this.orgId = orgId;
            this.principalId = principalId;
            this.key = key;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.orgId == orgId && k.principalId == principalId && k.key.equals(key);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(orgId, principalId, key);
        }
    }
}
