/** Files sent with internal requests: what kinds are kept, told by their content. */
package dev.kantor.service.files;
