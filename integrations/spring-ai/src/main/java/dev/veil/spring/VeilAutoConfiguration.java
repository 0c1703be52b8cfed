package dev.veil.spring;

import dev.veil.Guard;
import dev.veil.GuardContext;
import dev.veil.VeilException;
import dev.veil.audit.AuditSink;
import dev.veil.audit.Slf4jAuditSink;
import dev.veil.http.LlmRoundTrip;
import dev.veil.policy.Policies;
import dev.veil.policy.Policy;
import org.springframework.ai.chat.client.ChatClient;
import org.springframework.ai.chat.client.ChatClientBuilderCustomizer;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * Registers a {@link Guard} built from {@code veil.*} properties (every detector on the class path),
 * an {@link LlmRoundTrip}, and a customizer that adds the two {@link VeilAdvisor}s to every
 * {@code ChatClient.Builder} the application gets from Spring AI. Each bean backs off when the
 * application defines its own.
 */
@AutoConfiguration
@ConditionalOnClass(ChatClient.class)
@ConditionalOnProperty(prefix = "veil", name = "enabled", matchIfMissing = true)
@EnableConfigurationProperties(VeilProperties.class)
public class VeilAutoConfiguration {

  @Bean
  @ConditionalOnMissingBean
  public Guard veilGuard(VeilProperties properties) {
    return Guard.builder()
        .discoverDetectors()
        .policy(policy(properties.getPolicy()))
        .minScore(properties.getMinScore())
        .auditSink(auditSink(properties.getAuditSink()))
        .build();
  }

  @Bean
  @ConditionalOnMissingBean
  public LlmRoundTrip veilRoundTrip(Guard guard, VeilProperties properties) {
    return LlmRoundTrip.builder(guard)
        .context(GuardContext.builder().destination(properties.getDestination().toDestination()).build())
        .build();
  }

  @Bean
  @ConditionalOnMissingBean(name = "veilChatClientCustomizer")
  public ChatClientBuilderCustomizer veilChatClientCustomizer(LlmRoundTrip roundTrip) {
    return builder -> builder.defaultAdvisors(VeilAdvisor.outer(roundTrip), VeilAdvisor.inner(roundTrip));
  }

  static Policy policy(String spec) {
    try {
      return Policies.resolve(spec);
    } catch (VeilException e) {
      throw new VeilException("veil.policy: " + e.getMessage(), e);
    }
  }

  static AuditSink auditSink(String name) {
    switch (name) {
      case "slf4j":
        return new Slf4jAuditSink();
      case "none":
        return AuditSink.discarding();
      default:
        throw new VeilException("veil.audit-sink: unknown sink '" + name + "'; known: slf4j, none");
    }
  }
}
