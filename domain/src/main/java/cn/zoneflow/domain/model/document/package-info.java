/**
 * Documents (材料) attached to a project — the enterprise's materials for a procedure, a department's approval, a
 * photo of the site: PDF, JPG, PNG, Word or Excel up to 20 MB, their kind told by their content, never by their name. They are
 * read only through the project's scope.
 */
package cn.zoneflow.domain.model.document;
