package cn.zoneflow.domain.application.demo;

import cn.zoneflow.domain.model.enterprise.CreditCode;
import cn.zoneflow.domain.model.shared.Amount;
import cn.zoneflow.domain.model.shared.Stage;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Invents the demonstration projects: first the ones the bulletins name (大恒能源 10GW 光伏, 沐邦 硅晶拉棒 …)
 * with their published investment, then plausible ones spread over every city, zone and stage. The same
 * seed always gives the same projects; the dates are counted back from the day of loading so that no stage
 * lies in the future.
 */
final class DemoProjectCatalogue {

    /** Generated projects on top of the named ones: "a few hundred" in all. */
    static final int GENERATED = 300;

    private static final String[][] NAMED = {
        // zone, name, enterprise, industry, investment 亿元, 战新
        {"晋中开发区", "大恒能源10GW光伏垂直一体化项目", "山西大恒能源科技有限公司", "NEW_ENERGY", "50", "true"},
        {"晋中开发区", "全钒液流电池及共享储能项目", "山西国际能源集团储能有限公司", "NEW_ENERGY", "15", "true"},
        {"晋中开发区", "太重液压产业园项目", "太重集团榆次液压工业有限公司", "HIGH_END_EQUIPMENT", "20", "true"},
        {"寿阳经济开发区", "年产30万吨高档生活用纸项目", "山西寿阳纸业有限公司", "LIGHT_INDUSTRY", "20", "false"},
        {"平遥经济开发区", "石墨材料项目", "山西平遥碳素新材料有限公司", "NEW_MATERIALS", "16.5", "true"},
        {"晋中开发区", "年产8GW太阳能电池项目", "山西晋中光电科技有限公司", "NEW_ENERGY", "17", "true"},
        {"晋中开发区", "磁悬浮储能飞轮项目", "山西磁悬浮储能科技有限公司", "NEW_ENERGY", "38", "true"},
        {"忻州经济开发区", "沐邦硅晶拉棒项目", "忻州沐邦新能源科技有限公司", "NEW_ENERGY", "40", "true"},
        {"忻州经济开发区", "创曦新材光伏边框项目", "山西创曦新材料有限公司", "NEW_MATERIALS", "20", "true"},
        {"忻州经济开发区", "一道新能源光伏组件项目", "忻州一道新能源科技有限公司", "NEW_ENERGY", "5", "true"},
        {"原平经济开发区", "同德科创BDO/PBAT项目", "山西同德科创材料有限公司", "NEW_MATERIALS", "36", "true"},
        {"吕梁经济开发区", "锂离子与麒麟动力电池项目", "吕梁新能源电池有限公司", "NEW_ENERGY", "5", "true"},
        {"吕梁经济开发区", "路德环境绿色生物科技项目", "吕梁路德生物科技有限公司", "ENERGY_SAVING", "5", "true"},
        {"兴县经济开发区", "兴县铝镁新材料产业园项目", "兴县铝镁新材料有限公司", "NEW_MATERIALS", "4.94", "true"},
        {"方山示范区", "中来方山100MW光伏项目", "方山中来光伏发电有限公司", "NEW_ENERGY", "3.5", "true"},
        {"清徐开发区", "鑫格林清源废旧锂电池资源化项目", "山西鑫格林清源新材料有限公司", "ENERGY_SAVING", "7.5", "true"},
        {"清徐开发区", "年产1万吨高纯石英管项目", "清徐高纯石英材料有限公司", "NEW_MATERIALS", "3", "true"},
        {"朔州经济开发区", "申能·中交400MW/800MWh独立储能项目", "朔州申能中交储能有限公司", "NEW_ENERGY", "13.9", "true"},
        {"怀仁经济开发区", "高端医药中间体项目", "怀仁医药化工有限公司", "MEDICINE_HEALTH", "6.1", "true"},
        {"右玉示范区", "右玉50MW屋顶分布式光伏项目", "右玉绿能光伏有限公司", "NEW_ENERGY", "3", "true"},
        {"平鲁经济开发区", "平鲁煤矿石墨化项目", "朔州平鲁碳材料有限公司", "NEW_MATERIALS", "2.1", "true"},
        {"云州现代农业产业示范区", "百胜中国供应链园区项目", "百胜中国大同供应链管理有限公司", "MODERN_SERVICES", "6", "false"},
    };

    private static final Map<String, String[]> PRODUCTS = Map.ofEntries(
            Map.entry("NEW_ENERGY", new String[] {"光伏组件", "风电装备", "独立储能电站", "氢能装备", "分布式光伏", "锂电池正极材料"}),
            Map.entry("NEW_MATERIALS", new String[] {"碳纤维", "特种钢材", "铝镁合金", "高纯石英砂", "石墨负极材料"}),
            Map.entry("HIGH_END_EQUIPMENT", new String[] {"液压元件", "智能矿山装备", "轨道交通配件", "精密铸造"}),
            Map.entry("MEDICINE_HEALTH", new String[] {"中药饮片", "医疗器械", "原料药", "康养中心"}),
            Map.entry("ENERGY_SAVING", new String[] {"固废综合利用", "余热发电", "污水处理", "再生资源回收"}),
            Map.entry("MODERN_SERVICES", new String[] {"物流园区", "冷链仓储", "商贸综合体", "检验检测中心"}),
            Map.entry("COAL_CHEMICAL", new String[] {"煤焦油深加工", "焦炉煤气制甲醇", "煤基新材料"}),
            Map.entry("DIGITAL_ECONOMY", new String[] {"数据中心", "智能制造云平台", "电子信息产业园"}),
            Map.entry("LIGHT_INDUSTRY", new String[] {"高档生活用纸", "酿酒", "食品加工", "陶瓷"}),
            Map.entry("MODERN_AGRICULTURE", new String[] {"杂粮深加工", "设施蔬菜", "肉牛养殖", "中药材种植"}),
            Map.entry("INFRASTRUCTURE", new String[] {"园区标准化厂房", "园区道路管网", "供热管网"}),
            Map.entry("CULTURE_TOURISM", new String[] {"文旅小镇", "古城研学基地", "温泉度假区"}));

    private static final String[] BRANDS = {"晋", "汾", "恒", "泰", "华", "鑫", "瑞", "兴", "鼎", "盛", "宏", "源", "通", "达", "丰", "昌"};
    private static final String[] PERSONS = {"王", "李", "张", "刘", "赵", "杨", "郭", "任", "梁", "武"};

    private final Random random = new Random(2026);
    private final LocalDate today;
    private final Map<String, String> cityOfZone;
    private int serial;

    /**
     * @param today the day of loading
     * @param cityOfZone each zone's name mapped to its city's division code
     */
    DemoProjectCatalogue(LocalDate today, Map<String, String> cityOfZone) {
        this.today = today;
        this.cityOfZone = cityOfZone;
    }

    List<DemoProject> projects() {
        List<DemoProject> projects = new ArrayList<>();
        for (String[] named : NAMED) {
            projects.add(project(named[0], named[1], named[2], named[3], Amount.ofYi(named[4]),
                    Boolean.parseBoolean(named[5])));
        }
        List<String> zones = new ArrayList<>(cityOfZone.keySet());
        zones.sort(String::compareTo);
        List<String> industries = new ArrayList<>(PRODUCTS.keySet());
        industries.sort(String::compareTo);
        for (int i = 0; i < GENERATED; i++) {
            String zone = zones.get(i % zones.size());
            String industry = industries.get(random.nextInt(industries.size()));
            String[] products = PRODUCTS.get(industry);
            String product = products[random.nextInt(products.length)];
            String brand = BRANDS[random.nextInt(BRANDS.length)] + BRANDS[random.nextInt(BRANDS.length)];
            String place = zone.substring(0, 2);
            projects.add(project(zone, place + brand + product + "项目",
                    "山西" + brand + product.substring(0, 2) + "科技有限公司", industry, investment(),
                    random.nextInt(100) < 45));
        }
        return projects;
    }

    private DemoProject project(String zone, String name, String enterprise, String industry, Amount investment,
            boolean strategicEmerging) {
        serial++;
        Map<Stage, LocalDate> reached = stages();
        LocalDate signedOn = reached.get(Stage.SIGNED);
        String division = cityOfZone.get(zone);
        if (division == null) {
            throw new IllegalStateException("demo zone not in the reference data: " + zone);
        }
        String code = String.format("%d-%s-%02d-%02d-%06d", signedOn.getYear(), division,
                1 + Math.floorMod(industry.hashCode(), 40), 1 + random.nextInt(3), serial);
        BigDecimal outputFactor = BigDecimal.valueOf(50 + random.nextInt(150), 2);
        boolean industrial = !"INFRASTRUCTURE".equals(industry);
        return new DemoProject(code, name, enterprise, creditCode(division), zone, industry, strategicEmerging,
                industrial, investment, Amount.ofWan(investment.wan().multiply(outputFactor).setScale(0, RoundingMode.HALF_UP)),
                signedOn.plusMonths(2), signedOn.plusMonths(20), reached);
    }

    /** Days of each stage reached, each after the one before and none after today. */
    private Map<Stage, LocalDate> stages() {
        Map<Stage, LocalDate> reached = new EnumMap<>(Stage.class);
        LocalDate day = today.minusDays(20 + random.nextInt(1200));
        reached.put(Stage.SIGNED, day);
        int[] gapsInDays = {30 + random.nextInt(150), 180 + random.nextInt(360), 120 + random.nextInt(300)};
        Stage[] later = {Stage.STARTED, Stage.PRODUCING, Stage.EFFECTIVE};
        int stopAfter = random.nextInt(4);
        for (int i = 0; i < stopAfter; i++) {
            day = day.plusDays(gapsInDays[i]);
            if (day.isAfter(today)) {
                break;
            }
            reached.put(later[i], day);
        }
        return reached;
    }

    /** Mostly 1,000 万 to 5 亿, a few large ones up to 60 亿, rounded to 10 万元. */
    private Amount investment() {
        double yi = random.nextInt(10) == 0 ? 5 + random.nextDouble() * 55 : 0.1 + Math.pow(random.nextDouble(), 2) * 5;
        return Amount.ofWan(BigDecimal.valueOf(Math.round(yi * 1000)).multiply(BigDecimal.TEN));
    }

    private String creditCode(String division) {
        StringBuilder organisation = new StringBuilder("MA");
        for (int i = 0; i < 7; i++) {
            organisation.append(CreditCode.ALPHABET.charAt(random.nextInt(CreditCode.ALPHABET.length())));
        }
        return CreditCode.completing("91" + division + organisation).value();
    }

    static String contactPerson(int index) {
        return PERSONS[index % PERSONS.length] + (index % 2 == 0 ? "经理" : "总");
    }
}
