/**
 * The CoWIN example, rebuilt from the seed articles in `shared/seeds/` (MediaNama, July 2023).
 *
 * The question's four points follow MediaNama's paraphrase: the verbatim question text and
 * its number are UNCONFIRMED (`parliament-procedure.md` §5.2). The reply is as reported: the
 * first paragraph is MediaNama's quotation of the Rajya Sabha reply by the MoS for
 * Electronics and IT; the security-measures paragraph matches the Lok Sabha written reply of
 * the same day by the MoS for Health (§5.2), which the articles blend in; the rest is the
 * article's own sentences on the CERT-In measures, word for word (its paraphrase, quoted only where
 * it quotes), so that every passage a document quotes "as reported" is in the report.
 */
export const COWIN_QUESTION_TEXT = `GOVERNMENT OF INDIA
MINISTRY OF ELECTRONICS AND INFORMATION TECHNOLOGY
RAJYA SABHA
QUESTION (number not confirmed)
TO BE ANSWERED ON 21.07.2023

STATUS OF INVESTIGATION INTO COWIN DATA BREACH

SHRI SYED NASIR HUSSAIN, DR. AMEE YAJNIK, SHRI VIVEK K. TANKHA:

Will the Minister of ELECTRONICS AND INFORMATION TECHNOLOGY be pleased to state:

(a) whether Government has a tangible plan to contain the leaked information from the CoWIN portal;

(b) whether the Indian Computer Emergency Response Team (CERT-In) has started the investigation and identified those responsible for the breach;

(c) if so, the status of the investigation thereof and, if not, the reasons therefor; and

(d) the measures Government has taken to enhance safety protocols regarding such large databases, with a key focus on protecting the private information of citizens and preventing unauthorised access to their databases?
`;

export const COWIN_REPLY_TEXT = `ANSWER

MINISTER OF STATE FOR ELECTRONICS AND INFORMATION TECHNOLOGY (SHRI RAJEEV CHANDRASEKHAR)

(a) to (d): Taking cognizance of the cyber incident regarding CoWIN data in June 2023, CERT-In coordinated incident response measures with Ministry of Health & Family Welfare (MoHFW). The MoHFW has lodged a complaint and F.I.R has been registered by a law enforcement agency, and CERT-In has provided inputs to facilitate investigation.

CoWIN portal of the Ministry of Health & Family Welfare has complete security measures and adequate safeguards for data privacy with Web Application Firewall (WAF), Anti- Distributed Denialof-Service (DDoS), Secure Sockets Layer (SSL)/Transport Layer Security (TLS), Identity & Access Management and regular vulnerability assessment.

CERT-IN notifies and coordinates with affected organisations to kickstart remedial measures. The team also issues alerts and advisories regarding cyber threats and vulnerabilities and ways to protect computers and networks against them. A special advisory on security practices has been communicated by CERT-In to the Health Ministry to strengthen "resilience of health sector" against cyberattacks.

In June 2023, the CERT-In team also issued guidelines on information security practices for the government covering domains such as data security, network security, identity and access management, application security, third-party outsourcing, hardening procedures, security monitoring, incident management and security auditing.

CERT-In has empanelled 150 security auditing organisations to support and audit the implementation of Information Security Best Practices. Additionally, a Cyber Crisis Management Plan has been formulated for countering cyberattacks and cyber terrorism for implementation by all Ministries/ Departments of Central Government, State Governments and their organizations and critical sectors.

A National Cyber Coordination Centre (NCCC) also has been set up by CERT-In to generate necessary situational awareness of existing and potential cyber security threats. For the protection of critical information infrastructures, the National Critical Information Infrastructure Protection Centre has been set up, which also responds to cyber incidents on such infrastructure. The Centre provides near-real-time threat intelligence and situational awareness, based on which regular alerts and tailored advisories are sent to the entities concerned with such infrastructure.
`;

export const COWIN_NOTES = `How this example was built
- Source: MediaNama, "What's the status of investigation of CoWIN data breach? Gov response in Rajya Sabha lacks details" (July 2023), and MediaNama's June 2023 report on the Health Ministry's denial. Both are press reports (secondary sources): check the official texts before relying on them.
- The four points follow MediaNama's paraphrase of the Rajya Sabha question answered on 21 July 2023 (members Syed Nasir Hussain, Dr. Amee Yajnik and Vivek K. Tankha). The verbatim question and its number are not confirmed.
- The articles combine two replies of the same day: the Rajya Sabha reply of the Ministry of Electronics and IT (Rajeev Chandrasekhar), and a Lok Sabha written reply of the Ministry of Health (S.P. Singh Baghel, to Hema Malini), which is where the WAF / Anti-DDoS / SSL-TLS paragraph comes from. Check both official texts before relying on either.
- Background: the Health Ministry called the breach reports "without any basis" on 12 June 2023; Delhi Police's IFSO unit registered an FIR and arrested a man in Bihar around 21-22 June 2023. CERT-In was added to the RTI Act's Second Schedule (s.24) on 24 November 2023, so RTI requests to CERT-In itself will be refused: ask the ministries for their own records.
`;

/**
 * The Lok Sabha written reply of the same day, by the Minister of State for Health and Family
 * Welfare (S.P. Singh Baghel) to Hema Malini, as East Coast Daily reported it
 * (`parliament-procedure.md` §5.2, SECONDARY). The question's number and text are UNCONFIRMED;
 * the three statements below are the ones the report quotes or summarises.
 */
export const COWIN_LS_REPLY_TEXT = `LOK SABHA
MINISTRY OF HEALTH AND FAMILY WELFARE
WRITTEN REPLY GIVEN ON 21.07.2023 (question number not confirmed)
Reply of the Minister of State for Health and Family Welfare (Shri S.P. Singh Baghel) to Smt. Hema Malini, as reported.

Co-WIN portal has complete security measures and adequate safeguards for data privacy with Web Application Firewall (WAF), Anti-DDoS, SSL/TLS (regular vulnerability assessment), Identity and Access Management.

All Co-WIN APIs were deactivated.

A complaint was made to the National Cyber Crime Cell.
`;

/**
 * The Ministry of Health and Family Welfare's statement of June 2023 on the reports of the breach,
 * as MediaNama reported it (seed article 002): the lines that name records.
 */
export const COWIN_MOHFW_STATEMENT_TEXT = `Ministry of Health and Family Welfare, statement on the CoWIN data breach reports (June 2023), as reported by MediaNama.

The Union Health Ministry requested the Indian Computer Emergency Response Team (CERT-In) to investigate the issue and submit the report.

The initial report by CERT-In noted that the backend database for Telegram bot was not directly accessing the APIs of CoWIN database.

An internal probe to review the existing security measures of CoWIN has also been initiated.
`;
