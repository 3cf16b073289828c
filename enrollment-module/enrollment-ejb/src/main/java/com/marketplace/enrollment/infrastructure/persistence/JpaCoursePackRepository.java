package com.marketplace.enrollment.infrastructure.persistence;

import com.marketplace.enrollment.domain.CoursePack;
import com.marketplace.enrollment.domain.CoursePackRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;

@ApplicationScoped
public class JpaCoursePackRepository extends JpaRecords<CoursePack>
    implements CoursePackRepository {

  public JpaCoursePackRepository() {
    super(CoursePack.class);
  }

  @Override
  public Map<UUID, CoursePack> byIds(UUID tenantId, Collection<UUID> ids) {
    return mapByIds(tenantId, ids);
  }

  @Override
  public void add(CoursePack pack) {
    persist(pack);
  }
}
