/**
 * The spec's spellings of enrollment's enums (literals and {@code _idx}), the API layer's alone:
 * the resources write them, the use cases read clients' words through them ({@code
 * application.ClientWords}); the domain's enums carry none (ArchUnit: {@code
 * ModuleBoundariesTest.theDomainCarriesNoSpecSpelling}). It lives in the EJB module because the
 * reference-data queue, read there, speaks the same words as the routes.
 */
package com.marketplace.enrollment.api.spelling;
