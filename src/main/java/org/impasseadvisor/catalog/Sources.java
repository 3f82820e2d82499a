package org.impasseadvisor.catalog;

import static org.impasseadvisor.engine.Evidence.SECONDARY;
import static org.impasseadvisor.engine.Evidence.VERIFIED;

import org.impasseadvisor.engine.Reference;

/**
 * The published sources the catalog cites, each with how it was checked: {@code VERIFIED} when read in
 * the source, {@code SECONDARY} when taken from a secondary or commercial page; each names its authors,
 * year and venue where the source has them. Unverified claims are deliberately absent; practitioner
 * experience is cited through {@link SeedSection#practice()}. A URL is given only where the address is
 * known to be stable.
 */
public final class Sources {

    // Safety gate

    public static final Reference CSSRS_TRIAGE = new Reference(
            "The Columbia Lighthouse Project, Columbia University, C-SSRS screener triage guidance (web page,"
                    + " undated): intent in the past month or"
                    + " suicidal behaviour in the past 3 months is high risk needing safety precautions until"
                    + " a mental-health professional evaluates",
            "https://cssrs.columbia.edu", VERIFIED);

    public static final Reference SIMON_2013_PHQ9_ITEM9 = new Reference(
            "Simon GE et al. 2013, Psychiatric Services: PHQ-9 item 9 and suicide attempt in 84,418"
                    + " outpatients; one-year risk rose from 0.4 % to 4 % across responses",
            null, VERIFIED);

    public static final Reference VA_COHORT_PHQ9_ITEM9 = new Reference(
            "Louzon SA, Bossarte R, McCarthy JF, Katz IR 2016, Psychiatric Services 67(5):517-522: in one"
                    + " Veterans Affairs cohort, 71.6 % of patients who died by suicide had answered \"not at all\""
                    + " to PHQ-9 item 9",
            "https://doi.org/10.1176/appi.ps.201500149", VERIFIED);

    public static final Reference STANLEY_BROWN_2012 = new Reference(
            "Stanley B, Brown GK 2012, Cognitive and Behavioral Practice 19:256-264: the Safety Planning"
                    + " Intervention",
            null, VERIFIED);

    public static final Reference STANLEY_2018 = new Reference(
            "Stanley B et al. 2018, JAMA Psychiatry 75(9):894-900: safety planning with follow-up calls"
                    + " in 9 VA emergency departments halved suicidal behaviour over 6 months",
            null, VERIFIED);

    public static final Reference ROZEK_2022 = new Reference(
            "Rozek DC, Baker SN, Rugo KF et al. 2022, Journal of Traumatic Stress 35(2):729-745: systematic"
                    + " review of 33 studies; PTSD treatments reduced both PTSD and suicide-related outcomes, and"
                    + " ideation without intent or plan is no reason to withhold them",
            "https://doi.org/10.1002/jts.22774", SECONDARY);

    // Knowing therapy is stuck

    public static final Reference LAMBERT_2018 = new Reference(
            "Lambert MJ, Whipple JL, Kleinstäuber M 2018, Psychotherapy 55(4):520-537: routine outcome"
                    + " feedback with clinical support tools",
            null, VERIFIED);

    public static final Reference DE_JONG_2021 = new Reference(
            "de Jong K et al. 2021, Clinical Psychology Review 85:102002: progress feedback, 58 studies,"
                    + " 21,699 patients",
            null, VERIFIED);

    public static final Reference OQ_SIGNAL_CLIENTS = new Reference(
            "OQ Measures LLC, Assessment for Signal Clients (web page, undated): alliance, motivation, social"
                    + " support and life events when a client is off track",
            "https://www.oqmeasures.com", VERIFIED);

    public static final Reference PCOMS_CUTOFFS = new Reference(
            "Partners for Change Outcome Management System (PCOMS) materials, secondary pages: Outcome Rating"
                    + " Scale and Session Rating Scale, 0-40 each; an SRS total of 36 or less signals an alliance"
                    + " concern",
            null, SECONDARY);

    public static final Reference OSTERGARD_2018 = new Reference(
            "Østergård OK, Randa H, Hougaard E 2018, Psychotherapy Research: meta-analysis of PCOMS feedback,"
                    + " g = 0.27",
            null, VERIFIED);

    // Rupture repair and alliance

    public static final Reference SAFRAN_MURAN_2000 = new Reference(
            "Safran JD, Muran JC 2000, Negotiating the Therapeutic Alliance, New York: Guilford Press:"
                    + " metacommunication about the relational cycle",
            null, VERIFIED);

    public static final Reference EUBANKS_BURCKELL_GOLDFRIED_2018 = new Reference(
            "Eubanks CF, Burckell LA, Goldfried MR 2018, Journal of Psychotherapy Integration 28(1):"
                    + " clinical consensus on repairing alliance ruptures",
            null, VERIFIED);

    public static final Reference EUBANKS_MURAN_SAFRAN_2018 = new Reference(
            "Eubanks CF, Muran JC, Safran JD 2018, Psychotherapy 55(4):508-519: rupture repair and"
                    + " outcome, r = .29 (11 studies, 1,314 patients)",
            null, VERIFIED);

    public static final Reference FLUCKIGER_2018 = new Reference(
            "Flückiger C, Del Re AC, Wampold BE, Horvath AO 2018, Psychotherapy 55(4):316-340: alliance and"
                    + " outcome, r = .278 (295 studies, more than 30,000 patients)",
            null, VERIFIED);

    // Trauma

    public static final Reference EMDR_EIGHT_PHASES = new Reference(
            "Shapiro F 2018, Eye Movement Desensitization and Reprocessing (EMDR) Therapy, 3rd ed., New York:"
                    + " Guilford Press: the standard protocol's eight phases, history, preparation, assessment,"
                    + " desensitisation, installation, body scan, closure, re-evaluation",
            null, VERIFIED);

    public static final Reference WHO_2013_PTSD = new Reference(
            "World Health Organization 2013, Guidelines for the management of conditions specifically related"
                    + " to stress, Geneva: WHO: trauma-focused CBT or EMDR for adults with PTSD",
            null, VERIFIED);

    public static final Reference VA_DOD_2023_PTSD = new Reference(
            "Department of Veterans Affairs and Department of Defense 2023, VA/DoD Clinical Practice Guideline"
                    + " for the Management of Posttraumatic Stress Disorder and Acute Stress Disorder: prolonged"
                    + " exposure, cognitive processing therapy or EMDR",
            null, VERIFIED);

    public static final Reference ISSTD_2022_DISSOCIATION = new Reference(
            "International Society for the Study of Trauma and Dissociation (ISSTD) 2022, Journal of EMDR"
                    + " Practice and Research 16(1): screen for dissociation before EMDR reprocessing",
            null, VERIFIED);

    // Depression, deception, mindfulness

    public static final Reference EKERS_2014 = new Reference(
            "Ekers D et al. 2014, PLoS One 9(6):e100100: behavioural activation, 26 RCTs, SMD -0.74"
                    + " versus controls",
            null, VERIFIED);

    public static final Reference KHOURY_2013 = new Reference(
            "Khoury B et al. 2013, Clinical Psychology Review 33:763-771: mindfulness-based therapy,"
                    + " 209 studies, pre-post g = .55",
            null, VERIFIED);

    public static final Reference HOPWOOD_SCHUTTE_2017 = new Reference(
            "Hopwood TL, Schutte NS 2017, Clinical Psychology Review 57:12-20: mindfulness for"
                    + " post-traumatic stress, g = -0.44 versus control",
            null, VERIFIED);

    public static final Reference TRAUMA_SENSITIVE_MINDFULNESS = new Reference(
            "Treleaven DA 2018, Trauma-Sensitive Mindfulness, New York: W. W. Norton: invite rather than"
                    + " instruct, eyes open allowed, choice of anchor and posture, stay within the window of"
                    + " tolerance",
            null, VERIFIED);

    public static final Reference CEBOLLA_2017 = new Reference(
            "Cebolla A, Demarzo M, Martins P, Soler J, Garcia-Campayo J 2017, PLoS One 12(9):e0183137: in one"
                    + " survey of meditators, 25.4 % reported unwanted effects, mostly temporary",
            null, VERIFIED);

    // Ethics, motivation

    public static final Reference APA_10_10 = new Reference(
            "American Psychological Association 2017, Ethical Principles of Psychologists and Code of Conduct"
                    + " (2002, amended 2010 and 2016), Standard 10.10 Terminating Therapy",
            null, VERIFIED);

    public static final Reference APA_2_01 = new Reference(
            "American Psychological Association 2017, Ethical Principles of Psychologists and Code of Conduct"
                    + " (2002, amended 2010 and 2016), Standard 2.01 Boundaries of Competence",
            null, VERIFIED);

    public static final Reference MI_OARS = new Reference(
            "Miller WR, Rollnick S 2013, Motivational Interviewing: Helping People Change, 3rd ed., New York:"
                    + " Guilford Press: core skills (OARS), open questions, affirmations, reflections, summaries",
            null, VERIFIED);

    public static final Reference STAGES_OF_CHANGE = new Reference(
            "Prochaska JO, DiClemente CC 1983, Journal of Consulting and Clinical Psychology 51(3):390-395:"
                    + " stages of change, precontemplation, contemplation, preparation, action, maintenance",
            null, VERIFIED);

    public static final Reference JENSEN_2011 = new Reference(
            "Jensen CD et al. 2011, Journal of Consulting and Clinical Psychology 79(4):433-440:"
                    + " motivational interviewing with adolescents, d = .173",
            null, VERIFIED);

    private Sources() {
    }
}
