package vn.nq57.reporting.issuance;

import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** SQL in sql/mapper/issuance/OutgoingRegisterMapper.xml. */
@Mapper
public interface OutgoingRegisterMapper {

	void ensureCounter(@Param("issuer") String issuer, @Param("year") int year);

	Integer lockCounter(@Param("issuer") String issuer, @Param("year") int year);

	int advanceCounter(@Param("issuer") String issuer, @Param("year") int year, @Param("number") int number);

	void insertDocument(RegisteredDocument document);

	RegisteredDocument findByRun(@Param("reportRunId") long reportRunId);

	List<RegisteredDocument> findByIssuerAndYear(@Param("issuer") String issuer, @Param("year") int year);

}
