from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.post_payment_intents_body_capture_method import (
    PostPaymentIntentsBodyCaptureMethod,
    check_post_payment_intents_body_capture_method,
)
from ..models.post_payment_intents_body_confirmation_method import (
    PostPaymentIntentsBodyConfirmationMethod,
    check_post_payment_intents_body_confirmation_method,
)
from ..models.post_payment_intents_body_mandate_data_type_1 import (
    PostPaymentIntentsBodyMandateDataType1,
    check_post_payment_intents_body_mandate_data_type_1,
)
from ..models.post_payment_intents_body_off_session_type_1 import (
    PostPaymentIntentsBodyOffSessionType1,
    check_post_payment_intents_body_off_session_type_1,
)
from ..models.post_payment_intents_body_setup_future_usage import (
    PostPaymentIntentsBodySetupFutureUsage,
    check_post_payment_intents_body_setup_future_usage,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.post_payment_intents_body_automatic_payment_methods import (
        PostPaymentIntentsBodyAutomaticPaymentMethods,
    )
    from ..models.post_payment_intents_body_mandate_data_type_0 import (
        PostPaymentIntentsBodyMandateDataType0,
    )
    from ..models.post_payment_intents_body_metadata import PostPaymentIntentsBodyMetadata
    from ..models.post_payment_intents_body_payment_method_data import (
        PostPaymentIntentsBodyPaymentMethodData,
    )
    from ..models.post_payment_intents_body_payment_method_options import (
        PostPaymentIntentsBodyPaymentMethodOptions,
    )
    from ..models.post_payment_intents_body_radar_options import (
        PostPaymentIntentsBodyRadarOptions,
    )
    from ..models.post_payment_intents_body_shipping import PostPaymentIntentsBodyShipping
    from ..models.post_payment_intents_body_transfer_data import (
        PostPaymentIntentsBodyTransferData,
    )


T = TypeVar("T", bound="PostPaymentIntentsBody")


@_attrs_define
class PostPaymentIntentsBody:
    """
    Attributes:
        amount (int): Amount intended to be collected by this PaymentIntent. A positive integer representing how much to
            charge in the [smallest currency unit](https://stripe.com/docs/currencies#zero-decimal) (e.g., 100 cents to
            charge $1.00 or 100 to charge ¥100, a zero-decimal currency). The minimum amount is $0.50 US or [equivalent in
            charge currency](https://stripe.com/docs/currencies#minimum-and-maximum-charge-amounts). The amount value
            supports up to eight digits (e.g., a value of 99999999 for a USD charge of $999,999.99).
        currency (str): Three-letter [ISO currency code](https://www.iso.org/iso-4217-currency-codes.html), in
            lowercase. Must be a [supported currency](https://stripe.com/docs/currencies).
        application_fee_amount (int | Unset): The amount of the application fee (if any) that will be requested to be
            applied to the payment and transferred to the application owner's Stripe account. The amount of the application
            fee collected will be capped at the total payment amount. For more information, see the PaymentIntents [use case
            for connected accounts](https://stripe.com/docs/payments/connected-accounts).
        automatic_payment_methods (PostPaymentIntentsBodyAutomaticPaymentMethods | Unset): When enabled, this
            PaymentIntent will accept payment methods that you have enabled in the Dashboard and are compatible with this
            PaymentIntent's other parameters.
        capture_method (PostPaymentIntentsBodyCaptureMethod | Unset): Controls when the funds will be captured from the
            customer's account.
        confirm (bool | Unset): Set to `true` to attempt to
            [confirm](https://stripe.com/docs/api/payment_intents/confirm) this PaymentIntent immediately. This parameter
            defaults to `false`. When creating and confirming a PaymentIntent at the same time, parameters available in the
            [confirm](https://stripe.com/docs/api/payment_intents/confirm) API may also be provided.
        confirmation_method (PostPaymentIntentsBodyConfirmationMethod | Unset):
        customer (str | Unset): ID of the Customer this PaymentIntent belongs to, if one exists.

            Payment methods attached to other Customers cannot be used with this PaymentIntent.

            If present in combination with [setup_future_usage](https://stripe.com/docs/api#payment_intent_object-
            setup_future_usage), this PaymentIntent's payment method will be attached to the Customer after the
            PaymentIntent has been confirmed and any required actions from the user are complete.
        description (str | Unset): An arbitrary string attached to the object. Often useful for displaying to users.
        error_on_requires_action (bool | Unset): Set to `true` to fail the payment attempt if the PaymentIntent
            transitions into `requires_action`. This parameter is intended for simpler integrations that do not handle
            customer actions, like [saving cards without authentication](https://stripe.com/docs/payments/save-card-without-
            authentication). This parameter can only be used with
            [`confirm=true`](https://stripe.com/docs/api/payment_intents/create#create_payment_intent-confirm).
        expand (list[str] | Unset): Specifies which fields in the response should be expanded.
        mandate (str | Unset): ID of the mandate to be used for this payment. This parameter can only be used with
            [`confirm=true`](https://stripe.com/docs/api/payment_intents/create#create_payment_intent-confirm).
        mandate_data (PostPaymentIntentsBodyMandateDataType0 | PostPaymentIntentsBodyMandateDataType1 | Unset): This
            hash contains details about the Mandate to create. This parameter can only be used with
            [`confirm=true`](https://stripe.com/docs/api/payment_intents/create#create_payment_intent-confirm).
        metadata (PostPaymentIntentsBodyMetadata | Unset): Set of [key-value
            pairs](https://stripe.com/docs/api/metadata) that you can attach to an object. This can be useful for storing
            additional information about the object in a structured format. Individual keys can be unset by posting an empty
            value to them. All keys can be unset by posting an empty value to `metadata`.
        off_session (bool | PostPaymentIntentsBodyOffSessionType1 | Unset): Set to `true` to indicate that the customer
            is not in your checkout flow during this payment attempt, and therefore is unable to authenticate. This
            parameter is intended for scenarios where you collect card details and [charge them
            later](https://stripe.com/docs/payments/cards/charging-saved-cards). This parameter can only be used with
            [`confirm=true`](https://stripe.com/docs/api/payment_intents/create#create_payment_intent-confirm).
        on_behalf_of (str | Unset): The Stripe account ID for which these funds are intended. For details, see the
            PaymentIntents [use case for connected accounts](https://stripe.com/docs/payments/connected-accounts).
        payment_method (str | Unset): ID of the payment method (a PaymentMethod, Card, or [compatible
            Source](https://stripe.com/docs/payments/payment-methods/transitioning#compatibility) object) to attach to this
            PaymentIntent.

            If this parameter is omitted with `confirm=true`, `customer.default_source` will be attached as this
            PaymentIntent's payment instrument to improve the migration experience for users of the Charges API. We
            recommend that you explicitly provide the `payment_method` going forward.
        payment_method_data (PostPaymentIntentsBodyPaymentMethodData | Unset): If provided, this hash will be used to
            create a PaymentMethod. The new PaymentMethod will appear
            in the [payment_method](https://stripe.com/docs/api/payment_intents/object#payment_intent_object-payment_method)
            property on the PaymentIntent.
        payment_method_options (PostPaymentIntentsBodyPaymentMethodOptions | Unset): Payment-method-specific
            configuration for this PaymentIntent.
        payment_method_types (list[str] | Unset): The list of payment method types (e.g. card) that this PaymentIntent
            is allowed to use. If this is not provided, defaults to ["card"]. Use automatic_payment_methods to manage
            payment methods from the [Stripe Dashboard](https://dashboard.stripe.com/settings/payment_methods).
        radar_options (PostPaymentIntentsBodyRadarOptions | Unset): Options to configure Radar. See [Radar
            Session](https://stripe.com/docs/radar/radar-session) for more information.
        receipt_email (str | Unset): Email address that the receipt for the resulting payment will be sent to. If
            `receipt_email` is specified for a payment in live mode, a receipt will be sent regardless of your [email
            settings](https://dashboard.stripe.com/account/emails).
        return_url (str | Unset): The URL to redirect your customer back to after they authenticate or cancel their
            payment on the payment method's app or site. If you'd prefer to redirect to a mobile application, you can
            alternatively supply an application URI scheme. This parameter can only be used with
            [`confirm=true`](https://stripe.com/docs/api/payment_intents/create#create_payment_intent-confirm).
        setup_future_usage (PostPaymentIntentsBodySetupFutureUsage | Unset): Indicates that you intend to make future
            payments with this PaymentIntent's payment method.

            Providing this parameter will [attach the payment method](https://stripe.com/docs/payments/save-during-payment)
            to the PaymentIntent's Customer, if present, after the PaymentIntent is confirmed and any required actions from
            the user are complete. If no Customer was provided, the payment method can still be
            [attached](https://stripe.com/docs/api/payment_methods/attach) to a Customer after the transaction completes.

            When processing card payments, Stripe also uses `setup_future_usage` to dynamically optimize your payment flow
            and comply with regional legislation and network rules, such as [SCA](https://stripe.com/docs/strong-customer-
            authentication).
        shipping (PostPaymentIntentsBodyShipping | Unset): Shipping information for this PaymentIntent.
        statement_descriptor (str | Unset): For non-card charges, you can use this value as the complete description
            that appears on your customers’ statements. Must contain at least one letter, maximum 22 characters.
        statement_descriptor_suffix (str | Unset): Provides information about a card payment that customers see on their
            statements. Concatenated with the prefix (shortened descriptor) or statement descriptor that’s set on the
            account to form the complete statement descriptor. Maximum 22 characters for the concatenated descriptor.
        transfer_data (PostPaymentIntentsBodyTransferData | Unset): The parameters used to automatically create a
            Transfer when the payment succeeds.
            For more information, see the PaymentIntents [use case for connected
            accounts](https://stripe.com/docs/payments/connected-accounts).
        transfer_group (str | Unset): A string that identifies the resulting payment as part of a group. See the
            PaymentIntents [use case for connected accounts](https://stripe.com/docs/connect/separate-charges-and-transfers)
            for details.
        use_stripe_sdk (bool | Unset): Set to `true` when confirming server-side and using Stripe.js, iOS, or Android
            client-side SDKs to handle the next actions.
    """

    amount: int
    currency: str
    application_fee_amount: int | Unset = UNSET
    automatic_payment_methods: PostPaymentIntentsBodyAutomaticPaymentMethods | Unset = UNSET
    capture_method: PostPaymentIntentsBodyCaptureMethod | Unset = UNSET
    confirm: bool | Unset = UNSET
    confirmation_method: PostPaymentIntentsBodyConfirmationMethod | Unset = UNSET
    customer: str | Unset = UNSET
    description: str | Unset = UNSET
    error_on_requires_action: bool | Unset = UNSET
    expand: list[str] | Unset = UNSET
    mandate: str | Unset = UNSET
    mandate_data: PostPaymentIntentsBodyMandateDataType0 | PostPaymentIntentsBodyMandateDataType1 | Unset = (
        UNSET
    )
    metadata: PostPaymentIntentsBodyMetadata | Unset = UNSET
    off_session: bool | PostPaymentIntentsBodyOffSessionType1 | Unset = UNSET
    on_behalf_of: str | Unset = UNSET
    payment_method: str | Unset = UNSET
    payment_method_data: PostPaymentIntentsBodyPaymentMethodData | Unset = UNSET
    payment_method_options: PostPaymentIntentsBodyPaymentMethodOptions | Unset = UNSET
    payment_method_types: list[str] | Unset = UNSET
    radar_options: PostPaymentIntentsBodyRadarOptions | Unset = UNSET
    receipt_email: str | Unset = UNSET
    return_url: str | Unset = UNSET
    setup_future_usage: PostPaymentIntentsBodySetupFutureUsage | Unset = UNSET
    shipping: PostPaymentIntentsBodyShipping | Unset = UNSET
    statement_descriptor: str | Unset = UNSET
    statement_descriptor_suffix: str | Unset = UNSET
    transfer_data: PostPaymentIntentsBodyTransferData | Unset = UNSET
    transfer_group: str | Unset = UNSET
    use_stripe_sdk: bool | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.post_payment_intents_body_mandate_data_type_0 import (
            PostPaymentIntentsBodyMandateDataType0,  # noqa: PLC0415
        )

        amount = self.amount

        currency = self.currency

        application_fee_amount = self.application_fee_amount

        automatic_payment_methods: dict[str, Any] | Unset = UNSET
        if not isinstance(self.automatic_payment_methods, Unset):
            automatic_payment_methods = self.automatic_payment_methods.to_dict()

        capture_method: str | Unset = UNSET
        if not isinstance(self.capture_method, Unset):
            capture_method = self.capture_method

        confirm = self.confirm

        confirmation_method: str | Unset = UNSET
        if not isinstance(self.confirmation_method, Unset):
            confirmation_method = self.confirmation_method

        customer = self.customer

        description = self.description

        error_on_requires_action = self.error_on_requires_action

        expand: list[str] | Unset = UNSET
        if not isinstance(self.expand, Unset):
            expand = self.expand

        mandate = self.mandate

        mandate_data: dict[str, Any] | str | Unset
        if isinstance(self.mandate_data, Unset):
            mandate_data = UNSET
        elif isinstance(self.mandate_data, PostPaymentIntentsBodyMandateDataType0):
            mandate_data = self.mandate_data.to_dict()
        else:
            mandate_data = self.mandate_data

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        off_session: bool | str | Unset
        if isinstance(self.off_session, Unset):
            off_session = UNSET
        elif isinstance(self.off_session, str):
            off_session = self.off_session
        else:
            off_session = self.off_session

        on_behalf_of = self.on_behalf_of

        payment_method = self.payment_method

        payment_method_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.payment_method_data, Unset):
            payment_method_data = self.payment_method_data.to_dict()

        payment_method_options: dict[str, Any] | Unset = UNSET
        if not isinstance(self.payment_method_options, Unset):
            payment_method_options = self.payment_method_options.to_dict()

        payment_method_types: list[str] | Unset = UNSET
        if not isinstance(self.payment_method_types, Unset):
            payment_method_types = self.payment_method_types

        radar_options: dict[str, Any] | Unset = UNSET
        if not isinstance(self.radar_options, Unset):
            radar_options = self.radar_options.to_dict()

        receipt_email = self.receipt_email

        return_url = self.return_url

        setup_future_usage: str | Unset = UNSET
        if not isinstance(self.setup_future_usage, Unset):
            setup_future_usage = self.setup_future_usage

        shipping: dict[str, Any] | Unset = UNSET
        if not isinstance(self.shipping, Unset):
            shipping = self.shipping.to_dict()

        statement_descriptor = self.statement_descriptor

        statement_descriptor_suffix = self.statement_descriptor_suffix

        transfer_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.transfer_data, Unset):
            transfer_data = self.transfer_data.to_dict()

        transfer_group = self.transfer_group

        use_stripe_sdk = self.use_stripe_sdk

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "amount": amount,
                "currency": currency,
            }
        )
        if application_fee_amount is not UNSET:
            field_dict["application_fee_amount"] = application_fee_amount
        if automatic_payment_methods is not UNSET:
            field_dict["automatic_payment_methods"] = automatic_payment_methods
        if capture_method is not UNSET:
            field_dict["capture_method"] = capture_method
        if confirm is not UNSET:
            field_dict["confirm"] = confirm
        if confirmation_method is not UNSET:
            field_dict["confirmation_method"] = confirmation_method
        if customer is not UNSET:
            field_dict["customer"] = customer
        if description is not UNSET:
            field_dict["description"] = description
        if error_on_requires_action is not UNSET:
            field_dict["error_on_requires_action"] = error_on_requires_action
        if expand is not UNSET:
            field_dict["expand"] = expand
        if mandate is not UNSET:
            field_dict["mandate"] = mandate
        if mandate_data is not UNSET:
            field_dict["mandate_data"] = mandate_data
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if off_session is not UNSET:
            field_dict["off_session"] = off_session
        if on_behalf_of is not UNSET:
            field_dict["on_behalf_of"] = on_behalf_of
        if payment_method is not UNSET:
            field_dict["payment_method"] = payment_method
        if payment_method_data is not UNSET:
            field_dict["payment_method_data"] = payment_method_data
        if payment_method_options is not UNSET:
            field_dict["payment_method_options"] = payment_method_options
        if payment_method_types is not UNSET:
            field_dict["payment_method_types"] = payment_method_types
        if radar_options is not UNSET:
            field_dict["radar_options"] = radar_options
        if receipt_email is not UNSET:
            field_dict["receipt_email"] = receipt_email
        if return_url is not UNSET:
            field_dict["return_url"] = return_url
        if setup_future_usage is not UNSET:
            field_dict["setup_future_usage"] = setup_future_usage
        if shipping is not UNSET:
            field_dict["shipping"] = shipping
        if statement_descriptor is not UNSET:
            field_dict["statement_descriptor"] = statement_descriptor
        if statement_descriptor_suffix is not UNSET:
            field_dict["statement_descriptor_suffix"] = statement_descriptor_suffix
        if transfer_data is not UNSET:
            field_dict["transfer_data"] = transfer_data
        if transfer_group is not UNSET:
            field_dict["transfer_group"] = transfer_group
        if use_stripe_sdk is not UNSET:
            field_dict["use_stripe_sdk"] = use_stripe_sdk

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.post_payment_intents_body_automatic_payment_methods import (
            PostPaymentIntentsBodyAutomaticPaymentMethods,  # noqa: PLC0415
        )
        from ..models.post_payment_intents_body_mandate_data_type_0 import (
            PostPaymentIntentsBodyMandateDataType0,  # noqa: PLC0415
        )
        from ..models.post_payment_intents_body_metadata import (
            PostPaymentIntentsBodyMetadata,  # noqa: PLC0415
        )
        from ..models.post_payment_intents_body_payment_method_data import (
            PostPaymentIntentsBodyPaymentMethodData,  # noqa: PLC0415
        )
        from ..models.post_payment_intents_body_payment_method_options import (
            PostPaymentIntentsBodyPaymentMethodOptions,  # noqa: PLC0415
        )
        from ..models.post_payment_intents_body_radar_options import (
            PostPaymentIntentsBodyRadarOptions,  # noqa: PLC0415
        )
        from ..models.post_payment_intents_body_shipping import (
            PostPaymentIntentsBodyShipping,  # noqa: PLC0415
        )
        from ..models.post_payment_intents_body_transfer_data import (
            PostPaymentIntentsBodyTransferData,  # noqa: PLC0415
        )

        d = dict(src_dict)
        amount = d.pop("amount")

        currency = d.pop("currency")

        application_fee_amount = d.pop("application_fee_amount", UNSET)

        _automatic_payment_methods = d.pop("automatic_payment_methods", UNSET)
        automatic_payment_methods: PostPaymentIntentsBodyAutomaticPaymentMethods | Unset
        if isinstance(_automatic_payment_methods, Unset):
            automatic_payment_methods = UNSET
        else:
            automatic_payment_methods = PostPaymentIntentsBodyAutomaticPaymentMethods.from_dict(
                _automatic_payment_methods
            )

        _capture_method = d.pop("capture_method", UNSET)
        capture_method: PostPaymentIntentsBodyCaptureMethod | Unset
        if isinstance(_capture_method, Unset):
            capture_method = UNSET
        else:
            capture_method = check_post_payment_intents_body_capture_method(_capture_method)

        confirm = d.pop("confirm", UNSET)

        _confirmation_method = d.pop("confirmation_method", UNSET)
        confirmation_method: PostPaymentIntentsBodyConfirmationMethod | Unset
        if isinstance(_confirmation_method, Unset):
            confirmation_method = UNSET
        else:
            confirmation_method = check_post_payment_intents_body_confirmation_method(_confirmation_method)

        customer = d.pop("customer", UNSET)

        description = d.pop("description", UNSET)

        error_on_requires_action = d.pop("error_on_requires_action", UNSET)

        expand = cast(list[str], d.pop("expand", UNSET))

        mandate = d.pop("mandate", UNSET)

        def _parse_mandate_data(
            data: object,
        ) -> PostPaymentIntentsBodyMandateDataType0 | PostPaymentIntentsBodyMandateDataType1 | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                mandate_data_type_0 = PostPaymentIntentsBodyMandateDataType0.from_dict(data)

                return mandate_data_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, str):
                raise TypeError()
            mandate_data_type_1 = check_post_payment_intents_body_mandate_data_type_1(data)

            return mandate_data_type_1

        mandate_data = _parse_mandate_data(d.pop("mandate_data", UNSET))

        _metadata = d.pop("metadata", UNSET)
        metadata: PostPaymentIntentsBodyMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = PostPaymentIntentsBodyMetadata.from_dict(_metadata)

        def _parse_off_session(data: object) -> bool | PostPaymentIntentsBodyOffSessionType1 | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                off_session_type_1 = check_post_payment_intents_body_off_session_type_1(data)

                return off_session_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(bool | PostPaymentIntentsBodyOffSessionType1 | Unset, data)

        off_session = _parse_off_session(d.pop("off_session", UNSET))

        on_behalf_of = d.pop("on_behalf_of", UNSET)

        payment_method = d.pop("payment_method", UNSET)

        _payment_method_data = d.pop("payment_method_data", UNSET)
        payment_method_data: PostPaymentIntentsBodyPaymentMethodData | Unset
        if isinstance(_payment_method_data, Unset):
            payment_method_data = UNSET
        else:
            payment_method_data = PostPaymentIntentsBodyPaymentMethodData.from_dict(_payment_method_data)

        _payment_method_options = d.pop("payment_method_options", UNSET)
        payment_method_options: PostPaymentIntentsBodyPaymentMethodOptions | Unset
        if isinstance(_payment_method_options, Unset):
            payment_method_options = UNSET
        else:
            payment_method_options = PostPaymentIntentsBodyPaymentMethodOptions.from_dict(
                _payment_method_options
            )

        payment_method_types = cast(list[str], d.pop("payment_method_types", UNSET))

        _radar_options = d.pop("radar_options", UNSET)
        radar_options: PostPaymentIntentsBodyRadarOptions | Unset
        if isinstance(_radar_options, Unset):
            radar_options = UNSET
        else:
            radar_options = PostPaymentIntentsBodyRadarOptions.from_dict(_radar_options)

        receipt_email = d.pop("receipt_email", UNSET)

        return_url = d.pop("return_url", UNSET)

        _setup_future_usage = d.pop("setup_future_usage", UNSET)
        setup_future_usage: PostPaymentIntentsBodySetupFutureUsage | Unset
        if isinstance(_setup_future_usage, Unset):
            setup_future_usage = UNSET
        else:
            setup_future_usage = check_post_payment_intents_body_setup_future_usage(_setup_future_usage)

        _shipping = d.pop("shipping", UNSET)
        shipping: PostPaymentIntentsBodyShipping | Unset
        if isinstance(_shipping, Unset):
            shipping = UNSET
        else:
            shipping = PostPaymentIntentsBodyShipping.from_dict(_shipping)

        statement_descriptor = d.pop("statement_descriptor", UNSET)

        statement_descriptor_suffix = d.pop("statement_descriptor_suffix", UNSET)

        _transfer_data = d.pop("transfer_data", UNSET)
        transfer_data: PostPaymentIntentsBodyTransferData | Unset
        if isinstance(_transfer_data, Unset):
            transfer_data = UNSET
        else:
            transfer_data = PostPaymentIntentsBodyTransferData.from_dict(_transfer_data)

        transfer_group = d.pop("transfer_group", UNSET)

        use_stripe_sdk = d.pop("use_stripe_sdk", UNSET)

        post_payment_intents_body = cls(
            amount=amount,
            currency=currency,
            application_fee_amount=application_fee_amount,
            automatic_payment_methods=automatic_payment_methods,
            capture_method=capture_method,
            confirm=confirm,
            confirmation_method=confirmation_method,
            customer=customer,
            description=description,
            error_on_requires_action=error_on_requires_action,
            expand=expand,
            mandate=mandate,
            mandate_data=mandate_data,
            metadata=metadata,
            off_session=off_session,
            on_behalf_of=on_behalf_of,
            payment_method=payment_method,
            payment_method_data=payment_method_data,
            payment_method_options=payment_method_options,
            payment_method_types=payment_method_types,
            radar_options=radar_options,
            receipt_email=receipt_email,
            return_url=return_url,
            setup_future_usage=setup_future_usage,
            shipping=shipping,
            statement_descriptor=statement_descriptor,
            statement_descriptor_suffix=statement_descriptor_suffix,
            transfer_data=transfer_data,
            transfer_group=transfer_group,
            use_stripe_sdk=use_stripe_sdk,
        )

        return post_payment_intents_body
