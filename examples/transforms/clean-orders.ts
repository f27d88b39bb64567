// The transform's code: a map/filter over the shop's order changes, written in TypeScript with
// an npm dependency (dayjs). `cdktf deploy` bundles this file into the transform's
// implementation; clean-orders.test.ts runs the same bundle on sample records, offline.
//
// What it does to each order: drops test orders, the shop's own staff orders and records without
// a customer (a delete carries no columns), normalizes the customer's email, turns the decimal
// amount into integer cents and adds the order's day (UTC) for the warehouse's partitioning.
import dayjs from "dayjs";
import utc from "dayjs/plugin/utc";
import type { KeyTransform, ValueTransform } from "cdktf-streamkap";

dayjs.extend(utc);

/** A row of public.orders as the source captures it. */
export interface Order {
  order_id: number;
  customer_email: string;
  /** Decimal text, as PostgreSQL's numeric arrives. */
  amount: string;
  status: string;
  /** Epoch milliseconds. */
  created_at: number;
}

/** What the warehouse receives. */
export interface CleanOrder {
  order_id: number;
  customer_email: string;
  amount_cents: number;
  status: string;
  order_day: string;
}

const STAFF_DOMAIN = "@shop.example.com";

export const valueTransform: ValueTransform<Order | null, { order_id: number }, CleanOrder> = (order) => {
  if (!order?.customer_email) return null;
  const email = order.customer_email.trim().toLowerCase();
  if (order.status === "test" || email.endsWith(STAFF_DOMAIN)) return null;
  return {
    order_id: order.order_id,
    customer_email: email,
    amount_cents: Math.round(Number(order.amount) * 100),
    status: order.status.toUpperCase(),
    order_day: dayjs.utc(order.created_at).format("YYYY-MM-DD"),
  };
};

/** The key stays the order's id, named as the warehouse's table has it. */
export const keyTransform: KeyTransform<Order, { order_id: number }, { ORDER_ID: number }> = (order) => ({ ORDER_ID: order.order_id });
