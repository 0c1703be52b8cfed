package dev.veil.detectors.phone;

import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonemetadata.PhoneMetadata;
import com.google.i18n.phonenumbers.Phonemetadata.PhoneNumberDesc;
import com.google.i18n.phonenumbers.metadata.DefaultMetadataDependenciesProvider;
import com.google.i18n.phonenumbers.metadata.source.MetadataSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which three-digit starts a valid national significant number of a country code can have: a
 * number is valid only if it fully matches the pattern of one of the number types (fixed line,
 * mobile, toll free...) of one of the country code's regions (that is what {@link
 * PhoneNumberUtil#isValidNumberForRegion} requires of the region {@link
 * PhoneNumberUtil#getRegionCodeForNumber} picks), so a start that no such pattern can begin with
 * rules the number out without libphonenumber walking the regions, which for +1 means the
 * patterns of 25 regions. Whether a pattern can begin with a start is read from {@link
 * Matcher#hitEnd} after a full match of the start fails. A start is judged on first use and the
 * answer kept (a pure function of the metadata; at most 1000 answers per country code). A
 * necessary condition only: a start that may begin a valid number is checked by libphonenumber as
 * before. Thread-safe (a race computes the same answer twice).
 */
final class TypePrefixes {
  private static final int DIGITS = 3;
  private static final byte UNKNOWN = 0;
  private static final byte YES = 1;
  private static final byte NO = 2;
  private static final Map<Integer, Table> TABLES = new ConcurrentHashMap<>();

  private TypePrefixes() {}

  /** False only if no valid number of {@code cc} starts like {@code nsn} (ASCII digits). */
  static boolean mayBeValid(int cc, String nsn) {
    if (nsn.length() < DIGITS) {
      return true;
    }
    Table t = TABLES.computeIfAbsent(cc, TypePrefixes::table);
    if (t.patterns == null) {
      return true;
    }
    int start = (nsn.charAt(0) - '0') * 100 + (nsn.charAt(1) - '0') * 10 + nsn.charAt(2) - '0';
    byte known = t.answers[start];
    if (known == UNKNOWN) {
      known = t.canStart(nsn.substring(0, DIGITS)) ? YES : NO;
      t.answers[start] = known;
    }
    return known == YES;
  }

  private static Table table(int cc) {
    try {
      MetadataSource source = DefaultMetadataDependenciesProvider.getInstance().getPhoneNumberMetadataSource();
      PhoneNumberUtil util = PhoneNumberUtil.getInstance();
      List<Pattern> patterns = new ArrayList<>();
      for (String region : util.getRegionCodesForCountryCode(cc)) {
        PhoneMetadata m = PhoneNumberUtil.REGION_CODE_FOR_NON_GEO_ENTITY.equals(region)
            ? source.getMetadataForNonGeographicalRegion(cc) : source.getMetadataForRegion(region);
        if (m == null) {
          return new Table(null); // cannot read the metadata: no shortcut
        }
        // the types getNumberType tells apart; a number of none of them is UNKNOWN, so invalid
        for (PhoneNumberDesc d : new PhoneNumberDesc[] {m.getPremiumRate(), m.getTollFree(), m.getSharedCost(),
            m.getVoip(), m.getPersonalNumber(), m.getPager(), m.getUan(), m.getVoicemail(), m.getFixedLine(),
            m.getMobile()}) {
          if (d != null && d.hasNationalNumberPattern() && !d.getNationalNumberPattern().isEmpty()) {
            patterns.add(Pattern.compile(d.getNationalNumberPattern()));
          }
        }
      }
      return new Table(patterns.isEmpty() ? null : patterns);
    } catch (RuntimeException e) {
      return new Table(null); // metadata layout not as expected: validate everything as before
    }
  }

  private static final class Table {
    final List<Pattern> patterns;
    final byte[] answers = new byte[1000];

    Table(List<Pattern> patterns) {
      this.patterns = patterns;
    }

    boolean canStart(String start) {
      for (Pattern p : patterns) {
        Matcher m = p.matcher(start);
        if (m.matches() || m.hitEnd()) {
          return true;
        }
      }
      return false;
    }
  }
}
