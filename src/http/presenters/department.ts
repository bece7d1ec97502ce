import type { ArchiveService, DepartmentView } from '../../services/archive-service.js';
import type { ApiDepartmentDetail, ApiDepartmentSummary } from '../api/schemas.js';
import { paths } from '../paths.js';
import { consultationSummary, paged, topicSummary } from './common.js';

/** Named through the service, which is the only layer the web layer reads from. */
type DepartmentWithCounts = Awaited<ReturnType<ArchiveService['departments']>>[number];

export function presentDepartmentSummary(d: DepartmentWithCounts): ApiDepartmentSummary {
  return {
    slug: d.slug,
    name: d.name,
    url: paths.department(d.slug),
    consultations: d.consultations,
    topics: d.topics,
  };
}

export function presentDepartment(view: DepartmentView, request: { page: number; limit: number }): ApiDepartmentDetail {
  return {
    slug: view.department.slug,
    name: view.department.name,
    url: paths.department(view.department.slug),
    consultations: paged(view.consultations, request, consultationSummary),
    topics: view.topics.items.map(topicSummary),
  };
}
