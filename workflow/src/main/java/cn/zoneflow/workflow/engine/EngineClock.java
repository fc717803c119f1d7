package cn.zoneflow.workflow.engine;

import cn.zoneflow.domain.model.shared.ChinaTime;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/** Keeps the engine's clock (timers, due dates, history) on ZoneFlow's own, which ZONEFLOW_CLOCK may move. */
public final class EngineClock {

    private EngineClock() {
    }

    /**
     * Sets the engine's clock to run with {@link ChinaTime}; also what a test that stopped the engine's clock must
     * call afterwards, since the engine's own reset would put it on the machine's time instead.
     */
    public static void followChinaTime() {
        ClockUtil.offset(ChinaTime.now().toEpochMilli() - System.currentTimeMillis());
    }
}
