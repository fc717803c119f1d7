/**
 * Documents on the screens and over the wire: the one authorized address they are downloaded from, within the
 * user's scope, and how a file's name travels in a download.
 */
package cn.zoneflow.web.document;
