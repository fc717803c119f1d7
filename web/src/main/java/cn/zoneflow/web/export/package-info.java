/** Excel workbooks users download: written with Apache POI, streamed, numbers as numbers, text kept inert. */
package cn.zoneflow.web.export;
