package com.marketplace.platform.permissions;

import com.marketplace.common.api.Page;
import com.marketplace.common.api.PageRequest;
import com.marketplace.common.audit.Auditor;
import com.marketplace.common.error.ApiException;
import com.marketplace.common.permissions.PermissionCheck;
import com.marketplace.common.permissions.PermissionGrant;
import com.marketplace.common.permissions.PermissionRecord;
import com.marketplace.common.permissions.PermissionService;
import com.marketplace.common.permissions.RolePermissions;
import com.marketplace.common.persistence.SqlStates;
import com.marketplace.common.security.Caller;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Role permissions from configuration, refined by the grants in {@code platform.permission_grant}.
 */
@Stateless
@Typed // reached through the kernel's PlatformServices, see there
@Local(PermissionService.class)
public class StoredPermissions implements PermissionService {

  static final String OBJECT_TYPE = "permissionGrant";
  private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_.-]{0,99}");

  @PersistenceContext(unitName = "platform")
  EntityManager em;

  @Inject Auditor auditor;

  private RolePermissions roles;

  @PostConstruct
  void loadRoles() {
    roles = RolePermissions.load(getClass().getClassLoader());
  }

  @Override
  public List<PermissionRecord> effective(Caller caller) {
    String codename = tenantCodename(caller.tenantId());
    List<PermissionRecord> records = new ArrayList<>();
    caller.roles().stream()
        .sorted()
        .forEach(
            role ->
                roles
                    .of(role)
                    .forEach(
                        name ->
                            records.add(
                                new PermissionRecord(
                                    null, name, role, null, null, null, true, codename))));
    for (PermissionGrantRow grant : liveGrantsOf(caller, null)) {
      records.add(
          new PermissionRecord(
              grant.id(),
              grant.permissionName(),
              null,
              caller.userId(),
              null,
              grant.objectId(),
              grant.canDo(),
              codename));
    }
    return records;
  }

  @Override
  public PermissionCheck check(Caller caller, String permissionName) {
    requireValidName(permissionName);
    List<PermissionGrantRow> grants = liveGrantsOf(caller, permissionName);
    boolean canDo =
        grants.stream()
            .filter(g -> g.objectId() == null)
            .map(PermissionGrantRow::canDo)
            .findFirst()
            .orElse(roles.grants(caller.roles(), permissionName));
    List<UUID> exceptions =
        grants.stream()
            .filter(g -> g.objectId() != null && g.canDo() != canDo)
            .map(PermissionGrantRow::objectId)
            .sorted()
            .toList();
    return new PermissionCheck(canDo, exceptions);
  }

  @Override
  public PermissionGrant grant(
      Caller admin, String permissionName, UUID subjectUserId, UUID objectId, boolean canDo) {
    requireValidName(permissionName);
    PermissionGrantRow row =
        new PermissionGrantRow(
            admin.tenantId(), admin.userId(), permissionName, subjectUserId, objectId, canDo);
    try {
      em.persist(row);
      em.flush();
    } catch (PersistenceException e) {
      if (!SqlStates.causedBy(e, SqlStates.UNIQUE_VIOLATION)) {
        throw e;
      }
      throw ApiException.conflict(
          "errMsg_permissionGrantExists",
          "User "
              + subjectUserId
              + " already has a live grant of "
              + permissionName
              + (objectId == null ? "" : " on " + objectId)
              + "; revoke it first");
    }
    auditor.transition(admin.tenantId(), OBJECT_TYPE, row.id(), "canDo", null, canDo);
    return row.toView();
  }

  @Override
  public PermissionGrant revoke(Caller admin, UUID grantId) {
    PermissionGrantRow row = find(admin, grantId);
    if (row.isActive()) {
      row.revoke();
      auditor.transition(admin.tenantId(), OBJECT_TYPE, grantId, "isActive", true, false);
      em.flush();
    }
    return row.toView();
  }

  @Override
  public PermissionGrant get(Caller admin, UUID grantId) {
    return find(admin, grantId).toView();
  }

  @Override
  public Page<PermissionGrant> list(Caller admin, UUID subjectUserId, PageRequest page) {
    String where =
        "g.tenantId = :tenant" + (subjectUserId == null ? "" : " and g.subjectUserId = :subject");
    var rows =
        em.createQuery(
            "select g from PermissionGrantRow g where " + where + " order by g.createdAt, g.id",
            PermissionGrantRow.class);
    var total =
        em.createQuery("select count(g) from PermissionGrantRow g where " + where, Long.class);
    rows.setParameter("tenant", admin.tenantId());
    total.setParameter("tenant", admin.tenantId());
    if (subjectUserId != null) {
      rows.setParameter("subject", subjectUserId);
      total.setParameter("subject", subjectUserId);
    }
    if (!page.all()) {
      rows.setFirstResult(page.offset()).setMaxResults(page.size());
    }
    return new Page<>(
        rows.getResultList().stream().map(PermissionGrantRow::toView).toList(),
        page,
        total.getSingleResult());
  }

  /** Another tenant's grant is indistinguishable from a missing one. */
  private PermissionGrantRow find(Caller admin, UUID grantId) {
    PermissionGrantRow row = em.find(PermissionGrantRow.class, grantId);
    if (row == null || !Objects.equals(row.tenantId(), admin.tenantId())) {
      throw ApiException.notFound(OBJECT_TYPE, grantId);
    }
    return row;
  }

  /** The caller's live grants, of one permission or (null) of all. */
  private List<PermissionGrantRow> liveGrantsOf(Caller caller, String permissionName) {
    var query =
        em.createQuery(
                "select g from PermissionGrantRow g where g.tenantId = :tenant"
                    + " and g.subjectUserId = :user and g.active = true"
                    + (permissionName == null ? "" : " and g.permissionName = :name")
                    + " order by g.permissionName, g.createdAt",
                PermissionGrantRow.class)
            .setParameter("tenant", caller.tenantId())
            .setParameter("user", caller.userId());
    if (permissionName != null) {
      query.setParameter("name", permissionName);
    }
    return query.getResultList();
  }

  private String tenantCodename(UUID tenantId) {
    List<?> names =
        em.createNativeQuery("select codename from platform.tenant where id = ?1")
            .setParameter(1, tenantId)
            .getResultList();
    return names.isEmpty() ? null : (String) names.get(0);
  }

  private static void requireValidName(String permissionName) {
    if (permissionName == null || !NAME.matcher(permissionName).matches()) {
      throw ApiException.badRequest(
          "errMsg_permissionNameIsNotValid",
          "A permission name is a letter followed by up to 99 letters, digits, '.', '_' or '-'");
    }
  }
}
