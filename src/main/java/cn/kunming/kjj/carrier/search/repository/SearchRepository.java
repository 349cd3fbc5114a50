package cn.kunming.kjj.carrier.search.repository;

import cn.kunming.kjj.carrier.search.SearchResults;
import cn.kunming.kjj.carrier.security.TenantScope;

import java.util.List;

/** Reads for the search: every query is limited by the reader's scope, and each returns at most {@code limit} rows. */
public interface SearchRepository {

    /** Dossiers whose name, number, unit name or unit credit code matches. */
    List<SearchResults.DossierHit> dossiers(TenantScope scope, SearchText text, int limit);

    List<SearchResults.UnitHit> units(TenantScope scope, SearchText text, int limit);

    List<SearchResults.CarrierHit> carriers(TenantScope scope, SearchText text, int limit);

    /** The expert pool has no tenant: only the bureau's search reads it. */
    List<SearchResults.ExpertHit> experts(SearchText text, int limit);
}
