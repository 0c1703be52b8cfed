package dev.veil.detectors;

/** A synthetic clinical note for timing and end-to-end tests (all values invented). */
public final class ClinicalNote {
  private ClinicalNote() {}

  public static String twoKilobytes() {
    String note = """
        ADMISSION NOTE
        Patient: John Q. Sample, DOB 03/14/1951 (a 93-year-old man), MRN: 00482913.
        Address: 1600 Pennsylvania Ave NW, Washington, DC 20500. Phone (212) 555-0143, email john.sample@example.com.
        Insurance: Medicare MBI 1EG4-TE5-MK73. SSN 536-22-8119.
        Chief complaint: shortness of breath for 3 days, worse on exertion. History of hypertension, type 2
        diabetes mellitus and chronic kidney disease stage 3. Takes metformin 500 mg twice daily, lisinopril
        10 mg daily and atorvastatin 40 mg at night. No known drug allergies. Former smoker, 30 pack-years,
        quit in 1998. Lives with his daughter, who can be reached at +1 415 555 0199.
        Exam: BP 148/92, HR 96, RR 22, SpO2 91% on room air, temperature 37.8 C. Bibasilar crackles, 2+ pitting
        edema to the mid-shin. JVP elevated at 9 cm. Heart sounds regular, soft systolic murmur at the apex.
        Labs on 2025-02-02: sodium 134, potassium 5.1, creatinine 1.9 (baseline 1.6), BNP 1240, troponin
        negative x2, hemoglobin 11.2. Chest X-ray shows cardiomegaly and small bilateral effusions.
        ECG: sinus rhythm, left ventricular hypertrophy, no acute ST changes.
        Assessment: acute decompensated heart failure with reduced ejection fraction, likely precipitated by
        dietary indiscretion; acute kidney injury on CKD. Plan: IV furosemide 40 mg twice daily, daily weights,
        strict intake and output, fluid restriction 1.5 L, low-sodium diet. Hold lisinopril until creatinine
        improves. Echocardiogram ordered. Cardiology consult requested; follow-up visit on Feb 20, 2025.
        Attending: Dr. A. Smith, NPI 1234567893. Discharge planning to start once euvolemic.
        """;
    StringBuilder b = new StringBuilder(note);
    while (b.length() < 2048) {
      b.append("Patient resting comfortably, no acute distress overnight. ");
    }
    return b.substring(0, 2048);
  }
}
