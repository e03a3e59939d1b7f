/**
 * UI-free models that views show: what to fetch from which servers, how answers from several servers merge, and
 * when to fetch again, all as Eclipse Jobs. A view only renders what these models hand it.
 */
package org.cupola.ipp.model;
