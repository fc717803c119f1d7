package cn.zoneflow.domain.application;

/**
 * A signed project as an officer enters it (text, as typed): the project, its enterprise, the day the
 * contract was signed and the reforms it runs under (承诺制, 全代办, the standard-land parcel). {@link ProjectRegistration} reads and checks every field.
 */
public record NewSignedProject(
        String code,
        String name,
        String enterpriseName,
        String creditCode,
        String contactPerson,
        String contactPhone,
        String zone,
        String industry,
        String strategicEmerging,
        String industrial,
        String totalInvestment,
        String expectedAnnualOutput,
        String plannedStartDate,
        String plannedProductionDate,
        String signedOn,
        String underCommitment,
        String fullAgency,
        String landParcelCode) {
}
