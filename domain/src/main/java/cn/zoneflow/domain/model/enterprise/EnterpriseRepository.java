package cn.zoneflow.domain.model.enterprise;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The enterprises investing in the zones. */
public interface EnterpriseRepository {

    Optional<Enterprise> findByCreditCode(CreditCode creditCode);

    /** The enterprises recorded under any of the codes, in no order. */
    List<Enterprise> findByCreditCodes(Collection<CreditCode> creditCodes);

    void add(Enterprise enterprise);
}
