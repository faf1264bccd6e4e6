"""The Referrals section: the directory of services and referral slips."""
