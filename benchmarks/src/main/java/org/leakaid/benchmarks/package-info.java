/** JMH benchmarks of the scanner's hot path. */
package org.leakaid.benchmarks;
