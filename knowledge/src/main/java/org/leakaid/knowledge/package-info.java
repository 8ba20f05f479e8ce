/** Law articles and the response playbook that turns an intake into an ordered plan. */
package org.leakaid.knowledge;
