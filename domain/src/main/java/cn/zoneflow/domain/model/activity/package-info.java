/**
 * "三个一批" activities: several times a year every city presents a batch of projects signing (签约一批), one
 * starting construction (开工一批) and one starting production (投产一批). The projects presented are the cohorts
 * the province's follow-up rates are computed over.
 */
package cn.zoneflow.domain.model.activity;
