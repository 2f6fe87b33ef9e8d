package io.switchboard.domain;

import org.eclipse.microprofile.graphql.Description;

@Description("What kind of customer record this is: GB Talk visitors, leads and users; Gladly profiles are USER.")
public enum CustomerType {
    VISITOR,
    LEAD,
    USER
}
