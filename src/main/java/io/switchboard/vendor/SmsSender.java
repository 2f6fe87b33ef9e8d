package io.switchboard.vendor;

import io.smallrye.mutiny.Uni;
import io.switchboard.domain.SmsReceipt;

/** A vendor that sends SMS to customers (Gladly communications). Never retried. */
public interface SmsSender extends VendorPort {

    /** Sends {@code body} from one of the organisation's numbers to a mobile number, both E.164. */
    Uni<SmsReceipt> sendSms(String to, String from, String body);
}
