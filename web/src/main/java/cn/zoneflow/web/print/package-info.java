/**
 * Pages on paper: a page opened for printing shows every row of its tables, leaves out the menu, the paginators and
 * the buttons (the print stylesheet), and opens the browser's print dialogue.
 */
package cn.zoneflow.web.print;
