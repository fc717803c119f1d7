/** 问题清单 on screen: a project's problems with every step, the form to raise one, and the page of its steps. */
package cn.zoneflow.web.problem;
