"""What every host shares: the JSON of an error (``error_report``) and where the API key comes from (``keys``)."""
