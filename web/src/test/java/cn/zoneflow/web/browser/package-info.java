/** Browser tests: a real headless Chromium driving the screens of the deployed WAR, as users do. */
package cn.zoneflow.web.browser;
