/**
 * The people who sign in: their role (what they may do) and their scope (the zone, city or the whole
 * province whose data they may see). Password hashes are stored here; hashing itself is the web layer's job.
 */
package cn.zoneflow.domain.model.user;
