package vn.nq57.reporting.issuance;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The signer and the keys it signs with, from {@code reports.signing.*} and the
 * environment (passwords and PINs only from there).
 */
@Configuration(proxyBeanMethods = false)
class IssuanceConfiguration {

	@Bean
	IssuedPdfSigner issuedPdfSigner(Clock clock, SigningSettings settings) {
		return new IssuedPdfSigner(clock, settings.timestampUrl());
	}

	@Bean
	SigningKeyResolver signingKeyResolver(SigningSettings settings) {
		return new SigningKeyResolver(settings, System::getenv);
	}

}
