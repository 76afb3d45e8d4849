/** Files people send (on cases, on internal requests): what kinds are kept, told by their content. */
package dev.kantor.platform.files;
