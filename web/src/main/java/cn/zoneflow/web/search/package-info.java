/** The search box every list shares: what is typed read into a {@link cn.zoneflow.domain.model.shared.Keyword}. */
package cn.zoneflow.web.search;
