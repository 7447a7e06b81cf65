/** Resource Market: matching online and offline marketing resources to partners' demand. */
package com.resourcemarket;
