/**
 * The demo company, PT Sinar Maju Nusantara, loaded into an empty database on start so that
 * every page has something to show; {@code kantor.demo.enabled=false} turns it off.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo data")
package dev.kantor.demo;
