/** 企业申报材料 on the portal, on the officer's step 收集申报材料 and over the API. */
package cn.zoneflow.web.material;
