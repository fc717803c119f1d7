package cn.zoneflow.domain.model.enterprise;

import java.util.Optional;

/** The enterprises investing in the zones. */
public interface EnterpriseRepository {

    Optional<Enterprise> findByCreditCode(CreditCode creditCode);

    void add(Enterprise enterprise);
}
