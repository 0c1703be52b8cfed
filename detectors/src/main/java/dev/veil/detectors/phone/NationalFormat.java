package dev.veil.detectors.phone;

import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.Phonemetadata.NumberFormat;
import com.google.i18n.phonenumbers.Phonemetadata.PhoneMetadata;
import com.google.i18n.phonenumbers.metadata.DefaultMetadataDependenciesProvider;
import com.google.i18n.phonenumbers.metadata.source.MetadataSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * A number written nationally, as {@link PhoneNumberUtil#format} with {@link
 * PhoneNumberFormat#NATIONAL} writes it (no extension, no carrier code): the first of the country
 * code's main region's formats whose leading digits begin the number and whose pattern matches it
 * all, with the national prefix rule applied, else the bare digits. The same patterns and
 * replacements, compiled once per country code instead of looked up in libphonenumber's
 * synchronized pattern cache per call, and answered from the first three digits where they decide
 * it ({@link StartMemo}). Property-tested against {@code format} ({@code
 * NationalFormatProperties}). Thread-safe.
 */
final class NationalFormat {
  private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();
  /** libphonenumber's pattern for the first group reference of a format ("$1"). */
  private static final Pattern FIRST_GROUP = Pattern.compile("(\\$\\d)");
  private static final Map<Integer, NationalFormat> BY_CODE = new ConcurrentHashMap<>();
  /** Null when the metadata could not be read as expected: callers ask libphonenumber. */
  private final Rule[] rules;

  private NationalFormat(Rule[] rules) {
    this.rules = rules;
  }

  private record Rule(StartMemo leading, StartMemo pattern, String replacement) {}

  /** The formats of country code {@code cc}, or null if libphonenumber has to be asked. */
  static NationalFormat of(int cc) {
    NationalFormat f = BY_CODE.computeIfAbsent(cc, NationalFormat::build);
    return f.rules == null ? null : f;
  }

  /** The national significant number {@code nsn} (ASCII digits) written nationally. */
  String format(String nsn) {
    for (Rule r : rules) {
      if ((r.leading == null || r.leading.test(nsn)) && r.pattern.test(nsn)) {
        return r.pattern.pattern().matcher(nsn).replaceAll(r.replacement);
      }
    }
    return nsn;
  }

  private static NationalFormat build(int cc) {
    try {
      String main = UTIL.getRegionCodeForCountryCode(cc);
      if ("ZZ".equals(main) || PhoneNumberUtil.REGION_CODE_FOR_NON_GEO_ENTITY.equals(main)) {
        return new NationalFormat(null);
      }
      MetadataSource source = DefaultMetadataDependenciesProvider.getInstance().getPhoneNumberMetadataSource();
      PhoneMetadata m = source.getMetadataForRegion(main);
      if (m == null) {
        return new NationalFormat(null);
      }
      List<Rule> rules = new ArrayList<>();
      for (NumberFormat f : m.getNumberFormatList()) {
        int leading = f.getLeadingDigitsPatternCount();
        String npRule = f.getNationalPrefixFormattingRule();
        String replacement = npRule != null && !npRule.isEmpty()
            ? FIRST_GROUP.matcher(f.getFormat()).replaceFirst(npRule) : f.getFormat();
        rules.add(new Rule(leading == 0 ? null : StartMemo.lookingAt(Pattern.compile(f.getLeadingDigitsPattern(leading - 1))),
            StartMemo.fullMatch(Pattern.compile(f.getPattern())), replacement));
      }
      return new NationalFormat(rules.toArray(new Rule[0]));
    } catch (RuntimeException e) {
      return new NationalFormat(null); // metadata not as expected: the callers ask libphonenumber
    }
  }
}
