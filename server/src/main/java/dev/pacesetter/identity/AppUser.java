package dev.pacesetter.identity;

import dev.pacesetter.platform.Role;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** A person (or a service account such as an integration) in an organisation. */
@Entity
@Table(name = "app_user")
public class AppUser {

    @Id
    @SequenceGenerator(name = "app_user_seq", sequenceName = "app_user_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "app_user_seq")
    Long id;

    @Column(name = "org_id", nullable = false)
    long orgId;

    @Column(nullable = false)
    String email;

    @Column(name = "display_name", nullable = false)
    String displayName;

    /** Comma-separated role names; a handful at most, so no join table. */
    @Column(nullable = false)
    String roles;

    @Column(name = "sales_role")
    String salesRole;

    @Column(name = "team_id")
    Long teamId;

    @Column(name = "manager_id")
    Long managerId;

    @Column(name = "time_zone")
    String timeZone;

    String locale;

    @Column(nullable = false)
    boolean active;

    @Column(name = "created_at", nullable = false)
    OffsetDateTime createdAt;

    @Version
    long version;

    Set<Role> roleSet() {
        return roles.isBlank() ? EnumSet.noneOf(Role.class)
                : Arrays.stream(roles.split(",")).map(Role::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
    }

    void roleSet(Set<Role> set) {
        roles = EnumSet.copyOf(set).stream().map(Enum::name).collect(Collectors.joining(","));
    }

    UserView view() {
        return new UserView(id, orgId, email, displayName, roleSet(), salesRole, teamId, managerId,
                timeZone, locale, active);
    }
}
