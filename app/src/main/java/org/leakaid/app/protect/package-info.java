/**
 * Protection tools: watermark ID-card copies, check a file for personal data and download it
 * masked, black out a waybill photo, check and generate passwords. Nothing a user sends here is
 * stored or logged: uploads are handled in memory and answered, and the password check keeps no
 * trace of the password.
 */
package org.leakaid.app.protect;
