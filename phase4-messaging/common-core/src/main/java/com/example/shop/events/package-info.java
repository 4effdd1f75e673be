/** What every published event is: ids, a time, a source and the aggregate it belongs to. */
package com.example.shop.events;
