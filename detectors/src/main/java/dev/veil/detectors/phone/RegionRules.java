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
import java.util.regex.Pattern;

/**
 * The region of a national significant number and whether it is valid there, the answer of
 * {@link PhoneNumberUtil#getRegionCodeForNumber} followed by {@link
 * PhoneNumberUtil#isValidNumberForRegion}, from the same metadata and the same patterns, but
 * without what makes those calls cost microseconds per number: a synchronized pattern-cache lookup
 * per pattern, a metadata lookup per region, and the type checks run twice (once to pick the
 * region, once to validate in it). Each pattern is also answered from the number's first three digits
 * where they decide it ({@link StartMemo}), without running it.
 *
 * <p>The rule it follows (libphonenumber's): of the country code's regions, in the metadata's
 * order, the first whose leading digits begin the number, or, for a region without leading digits,
 * whose number types include it; the number is valid if it matches the general pattern of that
 * region and the pattern of one of its types, each only for the lengths the type allows.
 * Property-tested against libphonenumber ({@code RegionRulesProperties}). Thread-safe (the cached
 * answers are pure functions of the metadata; a race computes one twice).
 */
final class RegionRules {
  private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();
  private static final Map<Integer, RegionRules> BY_CODE = new ConcurrentHashMap<>();
  /** Built when the metadata reads as expected; otherwise callers ask libphonenumber. */
  private final Region[] regions;

  private RegionRules(Region[] regions) {
    this.regions = regions;
  }

  /** The rules of country code {@code cc}, or null if its metadata cannot be read (ask libphonenumber). */
  static RegionRules of(int cc) {
    RegionRules r = BY_CODE.computeIfAbsent(cc, RegionRules::build);
    return r.regions == null ? null : r;
  }

  /**
   * The region in which the national significant number {@code nsn} (ASCII digits, as {@link
   * PhoneNumberUtil#getNationalSignificantNumber} writes it) is valid, or null if it is valid in none.
   */
  String validRegion(String nsn) {
    if (regions.length == 1) {
      return regions[0].valid(nsn) ? regions[0].code : null;
    }
    for (Region r : regions) {
      if (r.leadingDigits != null) {
        if (r.leadingDigits.test(nsn)) {
          return r.valid(nsn) ? r.code : null;
        }
      } else if (r.valid(nsn)) {
        return r.code;
      }
    }
    return null;
  }

  private static RegionRules build(int cc) {
    try {
      List<String> codes = UTIL.getRegionCodesForCountryCode(cc);
      if (codes.isEmpty()) {
        return new RegionRules(null);
      }
      MetadataSource source = DefaultMetadataDependenciesProvider.getInstance().getPhoneNumberMetadataSource();
      Region[] regions = new Region[codes.size()];
      for (int i = 0; i < regions.length; i++) {
        String code = codes.get(i);
        PhoneMetadata m = PhoneNumberUtil.REGION_CODE_FOR_NON_GEO_ENTITY.equals(code)
            ? source.getMetadataForNonGeographicalRegion(cc) : source.getMetadataForRegion(code);
        if (m == null) {
          return new RegionRules(null);
        }
        regions[i] = new Region(code, m);
      }
      return new RegionRules(regions);
    } catch (RuntimeException e) {
      return new RegionRules(null); // metadata not as expected: the callers ask libphonenumber
    }
  }

  private static final class Region {
    final String code;
    final StartMemo leadingDigits;
    final Desc general;
    final Desc[] types;

    Region(String code, PhoneMetadata m) {
      this.code = code;
      this.leadingDigits = m.hasLeadingDigits() ? StartMemo.lookingAt(Pattern.compile(m.getLeadingDigits())) : null;
      this.general = new Desc(m.getGeneralDesc());
      List<Desc> t = new ArrayList<>();
      // the order and the types of libphonenumber's getNumberTypeHelper; mobile is tested there only
      // when its pattern differs from the fixed-line one
      for (PhoneNumberDesc d : new PhoneNumberDesc[] {m.getPremiumRate(), m.getTollFree(), m.getSharedCost(),
          m.getVoip(), m.getPersonalNumber(), m.getPager(), m.getUan(), m.getVoicemail(), m.getFixedLine()}) {
        t.add(new Desc(d));
      }
      if (!m.getSameMobileAndFixedLinePattern()) {
        t.add(new Desc(m.getMobile()));
      }
      this.types = t.toArray(new Desc[0]);
    }

    /** libphonenumber's {@code getNumberTypeHelper(nsn, metadata) != UNKNOWN}. */
    boolean valid(String nsn) {
      if (!general.matches(nsn)) {
        return false;
      }
      for (Desc d : types) {
        if (d.matches(nsn)) {
          return true;
        }
      }
      return false;
    }
  }

  /** One number description: the lengths it allows and its full-match pattern. */
  private static final class Desc {
    /** Allowed lengths, or null for any (an empty list in the metadata). */
    final boolean[] lengths;
    /** Null for an empty pattern, which matches nothing. */
    final StartMemo pattern;

    Desc(PhoneNumberDesc d) {
      List<Integer> possible = d.getPossibleLengthList();
      if (possible.isEmpty()) {
        lengths = null;
      } else {
        int max = 0;
        for (int len : possible) {
          max = Math.max(max, len);
        }
        lengths = new boolean[max + 1];
        for (int len : possible) {
          if (len >= 0) {
            lengths[len] = true;
          }
        }
      }
      String p = d.getNationalNumberPattern();
      pattern = p.isEmpty() ? null : StartMemo.fullMatch(Pattern.compile(p));
    }

    /** libphonenumber's {@code isNumberMatchingDesc}. */
    boolean matches(String nsn) {
      int len = nsn.length();
      if (lengths != null && (len >= lengths.length || !lengths[len])) {
        return false;
      }
      return pattern != null && pattern.test(nsn);
    }
  }
}
