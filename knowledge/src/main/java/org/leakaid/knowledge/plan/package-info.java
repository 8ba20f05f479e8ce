/**
 * Intake to plan: {@link org.leakaid.knowledge.plan.PlanEngine} evaluates the response playbook
 * ({@code playbook.yaml}) against an {@link org.leakaid.knowledge.plan.Intake} and returns the risk
 * and the ordered steps.
 */
package org.leakaid.knowledge.plan;
