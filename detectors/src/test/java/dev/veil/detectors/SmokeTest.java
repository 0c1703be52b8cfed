package dev.veil.detectors;

import dev.veil.Finding;
import dev.veil.GuardContext;
import dev.veil.detect.Detector;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

class SmokeTest {
  @Test
  void print() {
    String[] texts = {
      "Patient DOB 03/14/1951, seen 2025-02-02 and on Feb 2, 2025; follow-up 2 February 2025, June 4th, 11/02.",
      "A 93-year-old man, aged 95, 91 y/o. Call (212) 555-0143 or fax +1 415 555 0199.",
      "Email jane.doe@example.com, SSN 536-22-8119, MRN: 00482913, chart # A-22918.",
      "Medicare MBI 1EG4-TE5-MK73. Account no. 1234567890. Driver's license D1234567.",
      "VIN 1HGCM82633A004352, IMEI 490154203237518, serial number SN-88231-X",
      "IP 192.168.1.10 and 2001:db8::8a2e:370:7334, https://example.com/x?y=1",
      "Lives at 1600 Pennsylvania Ave NW, Washington, DC 20500. ZIP: 62704",
      "Card 4111 1111 1111 1111 CVV 123, IBAN DE89 3704 0044 0532 0130 00, BIC DEUTDEFF",
      "Routing 021000021, ITIN 912-70-1234, NPI 1234567893, DEA AB1234563",
      "Steuer-ID 65929970489, NIR 1 85 05 78 006 084 36, CF RSSMRA85T10A562S, DNI 12345678Z",
      "BSN 111222333, NINO QQ 12 34 56 C, NHS number 943 476 5919, PESEL 44051401359, personnummer 811228-9874",
      "Passport no. X1234567. AKIAIOSFODNN7EXAMPLE ghp_abcdefghijklmnopqrstuvwxyz0123456789 password=hunter22",
      "token: eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U",
      "-----BEGIN RSA PRIVATE KEY-----\nMIIEow\n-----END RSA PRIVATE KEY-----",
      "my ssn is 5 3 6 - 2 2 - 8 1 1 9 and phone five five five two one two three four five six",
      "write to jane dot doe at example dot com or {\"ssn\": \"\\u0035\\u00336-22-8119\"}",
      "| Name | SSN |\n|---|---|\n| Jo | 536228119 |",
      "Plate: ABC-1234, Kennzeichen B-AB 1234, license plate 7ABC123",
    };
    var ctx = GuardContext.defaults();
    for (String t : texts) {
      System.out.println("=== " + t.replace("\n", "\\n"));
      for (Detector d : ServiceLoader.load(Detector.class)) {
        for (Finding f : DetectorTables.run(d, t, ctx)) {
          System.out.printf("  %-24s %-28s %.2f  %s%n", f.type(), "'" + t.substring(f.start(), f.end()) + "'",
              f.score(), f.attributes());
        }
      }
    }
  }
}
