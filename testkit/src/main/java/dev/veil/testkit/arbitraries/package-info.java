/**
 * jqwik arbitraries over the identifier generators and the corpus, for users' property tests
 * (for example "no SSN ever reaches vendor X unmasked").
 */
package dev.veil.testkit.arbitraries;
