import type { SearchResult, SearchResults, Suggestions } from '../../services/search-service.js';
import type { ApiSearchResult, ApiSearchResults, ApiSuggestions } from '../api/schemas.js';
import { paths } from '../paths.js';
import { departmentRef, presentUrgency } from './common.js';

function urlOf(r: { kind: SearchResult['kind']; id: string; slug: string | null }): string {
  return r.kind === 'consultation' && r.slug ? paths.consultation(r.slug) : paths.answer(r.id);
}

export function presentSearchResult(r: SearchResult): ApiSearchResult {
  return {
    kind: r.kind,
    id: r.id,
    url: urlOf(r),
    title: r.title,
    snippet: r.snippet,
    department: r.department ? departmentRef(r.department) : null,
    sourceOrganisation: r.sourceOrganisation,
    questionType: r.questionType,
    topicTitle: r.topicTitle,
    score: Math.round(r.score * 1e4) / 1e4,
  };
}

export function presentSearchResults(r: SearchResults): ApiSearchResults {
  return {
    query: r.query,
    urgency: presentUrgency(r.urgency),
    page: r.page,
    limit: r.limit,
    hasMore: r.hasMore,
    closeMatch: r.closeMatch,
    items: r.results.map(presentSearchResult),
  };
}

export function presentSuggestions(s: Suggestions): ApiSuggestions {
  return { items: s.items.map((i) => ({ kind: i.kind, title: i.title, url: urlOf(i) })), urgency: presentUrgency(s.urgency) };
}
