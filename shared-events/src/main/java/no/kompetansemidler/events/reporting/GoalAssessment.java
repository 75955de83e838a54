package no.kompetansemidler.events.reporting;

/**
 * The recipient's assessment of goal achievement ("måloppnåelse") against the criteria of §5 of the regulation.
 *
 * @param measuresPerPlan         (a) measures carried out per own plans and needs report
 * @param changedPractice         (b) contributed to the planned change of practice
 * @param learningCommunity       (c) strengthened the professional learning community
 * @param practiceOrientedTeacherEducation (d) strengthened and made teacher education more practice-oriented
 * @param inclusion               (e) helped prevent exclusion and promote inclusion and adapted education
 */
public record GoalAssessment(String measuresPerPlan, String changedPractice, String learningCommunity,
                             String practiceOrientedTeacherEducation, String inclusion) {
}
