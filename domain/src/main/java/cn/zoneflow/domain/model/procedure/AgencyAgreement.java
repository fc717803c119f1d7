package cn.zoneflow.domain.model.procedure;

import cn.zoneflow.domain.model.project.Project;
import cn.zoneflow.domain.model.shared.InvalidValueException;
import cn.zoneflow.domain.model.shared.Stage;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import jakarta.persistence.Version;
import java.time.LocalDate;

/**
 * The agency agreement (代办协议) by which an enterprise entrusts every procedure of one project to the zone
 * (一项目一委托), free of charge, for the project's whole life; it names the zone's agency specialist (代办专员) who
 * handles them. Signed once, on or after the contract signing; its number is unique in the province.
 */
@Entity
@Table(name = "agency_agreement")
public class AgencyAgreement {

    public static final int NUMBER_MAX_LENGTH = 40;

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "agencyAgreementIds")
    @TableGenerator(name = "agencyAgreementIds", table = "id_sequence", pkColumnName = "seq_name",
            valueColumnName = "next_val", pkColumnValue = "agency_agreement", allocationSize = 50)
    @Column(name = "id")
    private Long id;

    @OneToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "project_id", nullable = false, unique = true)
    private Project project;

    @Column(name = "agreement_number", nullable = false, unique = true, length = NUMBER_MAX_LENGTH)
    private String number;

    @Column(name = "signed_on", nullable = false)
    private LocalDate signedOn;

    @Column(name = "specialist", nullable = false, length = 60)
    private String specialist;

    @Column(name = "recorded_by", nullable = false, length = 60)
    private String recordedBy;

    @Version
    @Column(name = "version")
    private long version;

    protected AgencyAgreement() {
    }

    /**
     * @throws InvalidValueException when the agreement is dated before the project was signed or after today
     */
    public AgencyAgreement(Project project, String number, LocalDate signedOn, String specialist, String recordedBy,
            LocalDate today) {
        LocalDate projectSigned = project.reached(Stage.SIGNED).orElse(signedOn);
        if (signedOn.isBefore(projectSigned)) {
            throw new InvalidValueException("agencyAgreement.signedOn.beforeProject", signedOn.toString());
        }
        if (signedOn.isAfter(today)) {
            throw new InvalidValueException("agencyAgreement.signedOn.future", signedOn.toString());
        }
        this.project = project;
        this.number = number;
        this.signedOn = signedOn;
        this.specialist = specialist;
        this.recordedBy = recordedBy;
    }

    public Long id() {
        return id;
    }

    public Project project() {
        return project;
    }

    public String number() {
        return number;
    }

    public LocalDate signedOn() {
        return signedOn;
    }

    public String specialist() {
        return specialist;
    }

    public String recordedBy() {
        return recordedBy;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AgencyAgreement other && number.equals(other.number);
    }

    @Override
    public int hashCode() {
        return number.hashCode();
    }
}
